using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using AsLMS.Scoring.Comparison;
using AsLMS.Scoring.Generation;
using AsLMS.Scoring.IO.Json;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Validation;
using NodaTime;

namespace AsLMS.Scoring.Cli;

/// <summary>The commands of <c>aslms</c>: their options, and what each prints in each format.</summary>
internal sealed class Commands
{
    private static readonly JsonSerializerOptions Json = ScoringJson.CreateOptions();

    private readonly TextWriter output;
    private readonly TextWriter error;

    private Commands(TextWriter output, TextWriter error)
    {
        this.output = output;
        this.error = error;
    }

    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var commands = new Commands(output, error);
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (aligned tables), json or markdown.",
            DefaultValueFactory = _ => "text",
            Recursive = true,
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown");

        var root = new RootCommand("aslms: Asian Le Mans Series standings, rule-set validation and rule-change impact.");
        root.Options.Add(format);
        root.Subcommands.Add(commands.Seasons(format));
        root.Subcommands.Add(commands.Validate(format));
        root.Subcommands.Add(commands.StandingsCommand(format));
        root.Subcommands.Add(commands.Compare(format));
        root.Subcommands.Add(commands.Export());
        root.Subcommands.Add(commands.Demo());
        return root;
    }

    private static Option<string> RulesOption(string name, string description) => new(name) { Description = description, Required = true };

    private static Option<string> ResultsOption() => new("--results")
    {
        Description = "The results: a folder of Al Kamel CSV files (one per race, in order of file name), a results JSON file, or one CSV file.",
        Required = true,
    };

    private static Option<string?> EntryDataOption() => new("--entry-data")
    {
        Description = "An entry-data JSON file: categories, nationalities, poles and penalties the CSV files lack.",
    };

    private static OutputFormat FormatOf(ParseResult parse, Option<string> format) => parse.GetValue(format) switch
    {
        "json" => OutputFormat.Json,
        "markdown" => OutputFormat.Markdown,
        _ => OutputFormat.Text,
    };

    private static string Rank(int? rank) => rank is { } r ? r.ToString(CultureInfo.InvariantCulture) : "-";

    private static string Signed(Points points) => points > Points.Zero ? $"+{points}" : points.ToString();

    private static string Move(StandingChange change) => change.PlacesGained switch
    {
        > 0 and var up => $"up {up}",
        < 0 and var down => $"down {-down}",
        0 => "=",
        _ => change.RankAfter is null ? "no longer ranked" : "newly ranked",
    };

    private static object Failure(FluentValidation.Results.ValidationFailure f)
        => new { severity = f.Severity, code = f.ErrorCode, property = f.PropertyName, message = f.ErrorMessage };

    private void WriteJson(object value)
    {
        output.WriteLine(JsonSerializer.Serialize(value, Json));
    }

    /// <summary>Checks rules and results before scoring: errors are listed on standard error; warnings only counted.</summary>
    private bool Valid(RuleSet rules, SeasonResults results, string what)
    {
        var report = SeasonValidation.Validate(rules, results);
        if (!report.IsValid)
        {
            var errors = report.Errors.ToList();
            error.WriteLine($"aslms: {what} fail validation ({errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}):");
            foreach (var failure in errors)
            {
                error.WriteLine($"  {failure.Severity} {failure.ErrorCode} {failure.PropertyName}: {failure.ErrorMessage}");
            }

            return false;
        }

        var warnings = report.Warnings.Count();
        if (warnings > 0)
        {
            error.WriteLine($"aslms: note: {what}: {warnings} validation warning{(warnings == 1 ? string.Empty : "s")} ('aslms validate' lists them); scored as given.");
        }

        return true;
    }

    private Command Seasons(Option<string> format)
    {
        var command = new Command("seasons", "Lists the built-in rule sets: every AsLMS season 2009 to 2026-27, other series, and the generated demo.");
        command.SetAction(parse =>
        {
            var builtIns = Inputs.BuiltIns;
            var how = FormatOf(parse, format);
            if (how == OutputFormat.Json)
            {
                WriteJson(builtIns.Select(b => new
                {
                    key = b.Key,
                    season = b.Rules.Label,
                    series = b.Rules.Series,
                    races = b.Rules.Season.Races.Count,
                    classes = b.Rules.Classes.Select(c => c.Id),
                    invitations = b.Rules.Invitations.Count,
                    confidence = b.Rules.Provenance?.Confidence,
                }));
                return ExitCodes.Ok;
            }

            var table = new Table(new Column("Key"), new Column("Series"), new Column("Races", true), new Column("Classes"), new Column("Invitations", true));
            foreach (var b in builtIns)
            {
                table.Add(b.Key, b.Rules.Series, b.Rules.Season.Races.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", b.Rules.Classes.Select(c => c.Id)), b.Rules.Invitations.Count.ToString(CultureInfo.InvariantCulture));
            }

            new Document().Heading("Built-in rule sets (give the key to --rules, --from or --to)").Add(table).Write(output, how);
            return ExitCodes.Ok;
        });
        return command;
    }

    private Command Validate(Option<string> format)
    {
        var rulesArgument = new Argument<string>("RULES") { Description = "A rule-set JSON file, or a built-in season ('aslms seasons')." };
        var results = new Option<string?>("--results") { Description = "Also validate these results against the rules (a folder of CSV files, a results JSON file or a CSV file)." };
        var entryData = EntryDataOption();
        var command = new Command("validate", "Validates a rule set (and optionally results against it). Exit code 1 when there is an error; warnings are listed but do not fail.");
        command.Arguments.Add(rulesArgument);
        command.Options.Add(results);
        command.Options.Add(entryData);
        command.SetAction(parse =>
        {
            var name = parse.GetValue(rulesArgument)!;
            var rules = Inputs.LoadRules(name, "RULES");
            var resultsPath = parse.GetValue(results);
            var report = resultsPath is null
                ? SeasonValidation.Validate(rules)
                : SeasonValidation.Validate(rules, Inputs.LoadResults(rules, resultsPath, parse.GetValue(entryData)));
            var errors = report.Errors.Count();
            var warnings = report.Warnings.Count();
            var how = FormatOf(parse, format);
            if (how == OutputFormat.Json)
            {
                WriteJson(new { rules = name, season = rules.Label, valid = report.IsValid, errors, warnings, failures = report.Failures.Select(Failure) });
            }
            else
            {
                var document = new Document().Heading($"Validation of {name}{(resultsPath is null ? string.Empty : $" with {resultsPath}")}");
                if (report.Failures.IsEmpty)
                {
                    document.Line("No validation failures.");
                }
                else
                {
                    var table = new Table(new Column("Severity"), new Column("Code"), new Column("Property"), new Column("Message"));
                    foreach (var f in report.Failures)
                    {
                        table.Add(f.Severity.ToString(), f.ErrorCode, f.PropertyName, f.ErrorMessage);
                    }

                    document.Add(table).Line($"{errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}.");
                }

                document.Write(output, how);
            }

            return report.IsValid ? ExitCodes.Ok : ExitCodes.ValidationFailures;
        });
        return command;
    }

    private Command StandingsCommand(Option<string> format)
    {
        var rulesOption = RulesOption("--rules", "The rules: a built-in season (2024-25) or a rule-set JSON file.");
        var results = ResultsOption();
        var entryData = EntryDataOption();
        var tables = new Option<string[]>("--table") { Description = "Only these tables (by identifier, e.g. \"LMP2 Teams\"); repeat for several.", AllowMultipleArgumentsPerToken = false };
        var afterRound = new Option<int?>("--after-round") { Description = "Standings after this round: later results are left out." };
        afterRound.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--after-round must be a round, 1 or more.");
            }
        });
        var command = new Command("standings", "Prints the standings of every table (or of --table) from results scored under a rule set.");
        command.Options.Add(rulesOption);
        command.Options.Add(results);
        command.Options.Add(entryData);
        command.Options.Add(tables);
        command.Options.Add(afterRound);
        command.SetAction(parse =>
        {
            var rulesName = parse.GetValue(rulesOption)!;
            var rules = Inputs.LoadRules(rulesName, "--rules");
            var season = Inputs.LoadResults(rules, parse.GetValue(results)!, parse.GetValue(entryData));
            if (!Valid(rules, season, $"the results under {rulesName}"))
            {
                return ExitCodes.ValidationFailures;
            }

            var standings = StandingsCalculator.Calculate(rules, season, parse.GetValue(afterRound));
            var wanted = parse.GetValue(tables) ?? [];
            foreach (var id in wanted)
            {
                if (rules.FindTable(id) is null)
                {
                    throw new UsageException($"--table: {rules.Label} has no table '{id}'; its tables are {string.Join(", ", rules.Tables.Select(t => $"'{t.Id}'"))}.");
                }
            }

            var shown = standings.Tables.Where(t => wanted.Length == 0 || wanted.Contains(t.Table.Id.Value)).ToList();
            var how = FormatOf(parse, format);
            if (how == OutputFormat.Json)
            {
                WriteJson(new
                {
                    rules = rulesName,
                    season = rules.Label,
                    afterRound = standings.AfterRound,
                    tables = shown.Select(t => new
                    {
                        id = t.Table.Id,
                        name = t.Table.Name,
                        races = t.Races,
                        rows = t.Rows.Select(r => new
                        {
                            rank = r.Rank,
                            sharedRank = r.SharedRank,
                            competitor = r.Competitor.Id,
                            name = r.Competitor.Name,
                            points = r.Total,
                            races = r.Races.Select(s => new { race = s.Race, tookPart = s.TookPart, position = s.Position, points = s.Points, dropped = s.Dropped }),
                            tieBreak = r.TieBreak?.Explanation,
                        }),
                    }),
                });
                return ExitCodes.Ok;
            }

            var document = new Document();
            foreach (var t in shown)
            {
                document.Heading($"{t.Table.Name} ({rules.Label}{(standings.AfterRound is { } round ? $", after round {round}" : string.Empty)})");
                var columns = new List<Column> { new("Pos", true), new("Competitor"), new("Points", true) };
                columns.AddRange(t.Races.Select(r => new Column(r.Value, true)));
                var table = new Table([.. columns]);
                foreach (var row in t.Rows)
                {
                    var cells = new List<string> { row.SharedRank ? $"={row.Rank}" : Rank(row.Rank), row.Competitor.Name, row.Total.ToString() };
                    cells.AddRange(row.Races.Select(s => !s.TookPart ? "-" : s.Dropped ? $"({s.Points})" : s.Points.ToString()));
                    table.Add([.. cells]);
                }

                document.Add(table);
                foreach (var row in t.Rows.Where(r => r.TieBreak is not null))
                {
                    document.Bullet($"{row.Competitor.Name}: {row.TieBreak!.Explanation}");
                }
            }

            document.Write(output, how);
            return ExitCodes.Ok;
        });
        return command;
    }

    private Command Compare(Option<string> format)
    {
        var fromOption = RulesOption("--from", "The rules the season was run under: a built-in season or a rule-set JSON file.");
        var toOption = RulesOption("--to", "The rules to compare with: a built-in season or a rule-set JSON file.");
        var results = ResultsOption();
        var entryData = EntryDataOption();
        var keepCalendar = new Option<bool>("--keep-calendar")
        {
            Description = "Score the --to rules on the --from calendar (last season's races under next season's rules).",
        };
        var command = new Command("compare", "Prints what changes between two rule sets, and what the change does to the same results: standings, titles, invitations, validation.");
        command.Options.Add(fromOption);
        command.Options.Add(toOption);
        command.Options.Add(results);
        command.Options.Add(entryData);
        command.Options.Add(keepCalendar);
        command.SetAction(parse =>
        {
            var fromName = parse.GetValue(fromOption)!;
            var toName = parse.GetValue(toOption)!;
            var from = Inputs.LoadRules(fromName, "--from");
            var to = Inputs.LoadRules(toName, "--to");
            if (parse.GetValue(keepCalendar))
            {
                to = to with { Season = from.Season with { Label = to.Season.Label } };
            }

            var resultsPath = parse.GetValue(results)!;
            var season = Inputs.LoadResults(from, resultsPath, parse.GetValue(entryData));
            if (!Valid(from, season, $"the results under {fromName}") || !Valid(to, season, $"the results under {toName}"))
            {
                if (!parse.GetValue(keepCalendar) && to.Season != from.Season)
                {
                    error.WriteLine("aslms: the two rule sets have different calendars: --keep-calendar scores the --to rules on the --from calendar.");
                }

                return ExitCodes.ValidationFailures;
            }

            var differences = RuleSetDiff.Compare(from, to);
            var impact = RuleChangeImpact.Assess(from, to, season);
            var how = FormatOf(parse, format);
            if (how == OutputFormat.Json)
            {
                WriteJson(new
                {
                    from = fromName,
                    to = toName,
                    results = resultsPath,
                    ruleChanges = differences.Changes,
                    impact = new
                    {
                        empty = impact.IsEmpty,
                        tables = impact.Tables.Select(t => new
                        {
                            table = t.Table,
                            name = t.Name,
                            title = t.Title?.Description,
                            changes = t.Changes.Select(c => new
                            {
                                competitor = c.Competitor.Id,
                                name = c.Competitor.Name,
                                rankBefore = c.RankBefore,
                                rankAfter = c.RankAfter,
                                placesGained = c.PlacesGained,
                                pointsBefore = c.PointsBefore,
                                pointsAfter = c.PointsAfter,
                                pointsGained = c.PointsGained,
                            }),
                        }),
                        tablesRemoved = impact.TablesRemoved,
                        tablesAdded = impact.TablesAdded,
                        invitations = impact.Invitations.Select(i => new
                        {
                            rule = i.RuleId,
                            outcomeBefore = i.OutcomeBefore,
                            outcomeAfter = i.OutcomeAfter,
                            before = i.Before?.Team,
                            after = i.After?.Team,
                            description = i.Description,
                        }),
                        newFailures = impact.NewFailures,
                        resolvedFailures = impact.ResolvedFailures,
                    },
                });
                return ExitCodes.Ok;
            }

            var document = new Document().Heading($"Rule changes from {fromName} to {toName}");
            if (differences.IsEmpty)
            {
                document.Line("No rule changes.");
            }

            foreach (var change in differences.Changes)
            {
                document.Bullet(change.Description);
            }

            document.Heading($"Impact on {resultsPath}");
            if (impact.IsEmpty)
            {
                document.Line("No change to the standings, titles, invitations or validation of these results.");
            }

            foreach (var table in impact.Tables)
            {
                document.Heading(table.Name, level: 3);
                if (table.Title is { } title)
                {
                    document.Line(title.Description);
                }

                var rows = new Table(new Column("Competitor"), new Column("Pos before", true), new Column("Pos after", true), new Column("Move"), new Column("Points before", true), new Column("Points after", true), new Column("Change", true));
                foreach (var c in table.Changes)
                {
                    rows.Add(c.Competitor.Name, Rank(c.RankBefore), Rank(c.RankAfter), Move(c), c.PointsBefore?.ToString() ?? "-", c.PointsAfter?.ToString() ?? "-", c.PointsGained is { } gained ? Signed(gained) : "-");
                }

                document.Add(rows);
            }

            if (!impact.TablesRemoved.IsEmpty)
            {
                document.Heading("Tables only under " + fromName, level: 3).Line(string.Join(", ", impact.TablesRemoved));
            }

            if (!impact.TablesAdded.IsEmpty)
            {
                document.Heading("Tables only under " + toName, level: 3).Line(string.Join(", ", impact.TablesAdded));
            }

            if (!impact.Invitations.IsEmpty)
            {
                document.Heading("Le Mans invitations", level: 3);
                foreach (var change in impact.Invitations)
                {
                    document.Bullet(change.Description);
                }
            }

            Failures($"Validation failures only under {toName}", impact.NewFailures);
            Failures($"Validation failures only under {fromName}", impact.ResolvedFailures);
            document.Write(output, how);
            return ExitCodes.Ok;

            void Failures(string heading, EquatableArray<FailureChange> failures)
            {
                if (failures.IsEmpty)
                {
                    return;
                }

                document.Heading(heading, level: 3);
                foreach (var failure in failures)
                {
                    document.Bullet(failure.ToString());
                }
            }
        });
        return command;
    }

    private Command Export()
    {
        var rulesOption = RulesOption("--rules", "The built-in season (2024-25, or 'demo') or rule-set file to write.");
        var file = new Option<string?>("--output", "-o") { Description = "The file to write; standard output when left out." };
        var command = new Command("export", "Writes a rule set as JSON (schema 1.0, whatever --format says), to start a rule set of your own from.");
        command.Options.Add(rulesOption);
        command.Options.Add(file);
        command.SetAction(parse =>
        {
            var rules = Inputs.LoadRules(parse.GetValue(rulesOption)!, "--rules");
            var json = ScoringJson.ToJson(rules);
            if (parse.GetValue(file) is { } path)
            {
                File.WriteAllText(path, json + "\n");
                output.WriteLine($"Wrote the rules of {rules.Label} to {path}.");
            }
            else
            {
                output.WriteLine(json);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private Command Demo()
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to write rules.json and results.json to (created if needed)." };
        var seasonOption = new Option<string?>("--season")
        {
            Description = "Generate results for a built-in season's calendar and classes (e.g. 2023-24) and write its rules, instead of the generated demo rule set.",
        };
        var command = new Command("demo", "Writes a generated demo season (GENERATED DATA, not a real season) as rules.json and results.json, so every command can be tried without data.");
        command.Arguments.Add(folder);
        command.Options.Add(seasonOption);
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            var season = parse.GetValue(seasonOption) is { } key ? DemoFor(Inputs.LoadRules(key, "--season")) : SeasonGenerator.Demo();
            Directory.CreateDirectory(dir);
            var rulesPath = Path.Combine(dir, "rules.json");
            var resultsPath = Path.Combine(dir, "results.json");
            File.WriteAllText(rulesPath, ScoringJson.ToJson(season.Rules) + "\n");
            File.WriteAllText(resultsPath, ScoringJson.ToJson(season.Results) + "\n");
            output.WriteLine($"Wrote {rulesPath} (the rules of {season.Rules.Label}) and {resultsPath} ({season.Results.Entries.Count} cars, {season.Results.Races.Count} races).");
            output.WriteLine("GENERATED DEMO DATA: not real results.");
            output.WriteLine($"Try: aslms standings --rules {rulesPath} --results {resultsPath}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Generated results that fit a rule set: as many races as its calendar (given its race identifiers, in round order), entries in its
    /// classes (not its sub-classes), the races' scheduled length.
    /// </summary>
    private static GeneratedSeason DemoFor(RuleSet rules)
    {
        var calendar = rules.Season.Races;
        if (calendar.IsEmpty)
        {
            throw new UsageException($"--season: {rules.Label} has no races in its calendar yet: no results can be generated for it.");
        }

        var classes = rules.Classes.Where(c => !c.IsSubClass).Select(c => c.Id.Value).ToEquatableArray();
        var options = GeneratorOptions.Demo with
        {
            Races = calendar.Count,
            Classes = classes,
            Cars = Math.Max(GeneratorOptions.Demo.Cars, classes.Count),
            RaceDuration = calendar[0].ScheduledDuration ?? Duration.FromHours(4),
        };
        var generated = SeasonGenerator.Generate(options);
        var races = generated.Results.Races.Select((race, i) => race with { Race = calendar[i].Id }).ToEquatableArray();
        return new GeneratedSeason { Rules = rules, Results = generated.Results with { Races = races } };
    }
}
