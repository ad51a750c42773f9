// What most files of Bot use: the cards' shared words and parts, the community model, the shared folders of Bot and
// the framework's own. Which folder may use which is checked on the built code (LayoutTests), not on these lines.
global using System.Globalization;
global using System.Text;
global using System.Text.Json;
global using CoordinatorBot.Bot.Communities;
global using CoordinatorBot.Bot.Conversation;
global using CoordinatorBot.Cards.Common;
global using CoordinatorBot.Cards.Composers;
global using CoordinatorBot.Cards.Localization;
global using CoordinatorBot.Domain.Communities;
global using CoordinatorBot.Domain.Text;
global using Microsoft.Extensions.Options;
global using CoordinatorBot.Bot.Operations;
global using CoordinatorBot.Bot.Protocol.Connector;
global using CoordinatorBot.Bot.Protocol.Schema;
global using CoordinatorBot.Cards.Model;
global using CoordinatorBot.Storage.Communities;
