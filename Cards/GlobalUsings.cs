// What nearly every card file uses; a feature's own Domain namespace stays in its files, so that what a card reads is seen there.
global using System.Globalization;
global using System.Text;
global using CoordinatorBot.Cards.Common;
global using CoordinatorBot.Cards.Composers;
global using CoordinatorBot.Cards.Localization;
global using CoordinatorBot.Cards.Model;
global using CoordinatorBot.Domain.Communities;
global using static CoordinatorBot.Cards.Common.CardParts;
global using CoordinatorBot.Domain.Text;
