// Shared words of every layer: the cards' verbs, texts and common parts, the community model and the framework's own.
// The folders of Bot stay explicit in each file, so that LayoutTests sees which folder uses which.
global using CoordinatorBot.Cards.Composers;
global using CoordinatorBot.Cards.Localization;
global using CoordinatorBot.Cards.Common;
global using CoordinatorBot.Domain.Communities;
global using CoordinatorBot.Domain.Text;
global using System.Globalization;
global using System.Text.Json;
global using Microsoft.Extensions.Options;
global using System.Text;
