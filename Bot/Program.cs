using CoordinatorBot.Bot;

var app = BotApplication.Create(args);
await app.RunAsync();
