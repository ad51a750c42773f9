using CoordinatorBot.Bot;
using CoordinatorBot.Bot.Operations.Backup;

if (StorageCommandLine.IsCommand(args))
{
    return await StorageCommandLine.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}

var app = BotApplication.Create(args);
await app.RunAsync();
return 0;
