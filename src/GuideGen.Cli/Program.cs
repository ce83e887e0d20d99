using GuideGen.Cli.Commands;

return GuideGenCli.Run(args, Console.Out, Console.Error);
