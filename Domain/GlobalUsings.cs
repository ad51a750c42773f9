// What many rules use; a feature's own namespace of Domain stays in its files.
global using CoordinatorBot.Domain.Communities;
global using System.Globalization;
global using System.Text.RegularExpressions;
global using CoordinatorBot.Domain.Text;
