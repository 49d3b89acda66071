using System.Text;
using AsLMS.Scoring.IO;
using AsLMS.Scoring.IO.AlKamel;
using AsLMS.Scoring.IO.Json;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Tests.Support;
using FsCheck.Fluent;

namespace AsLMS.Scoring.Tests.IO;

/// <summary>
/// Whatever the bytes, the readers either return a whole result or throw the documented <see cref="InputFormatException"/>:
/// truncated files, shuffled columns, edited and random input. Any other exception fails the property.
/// </summary>
public sealed class InputRobustnessProperties
{
    // The committed files without quoted fields, so that their columns can be shuffled by splitting on ';'.
    private static readonly string[] PlainFiles = ["classification-lf.csv", "classification-crlf-bom-driver5.csv", "laps-crlf-bom.csv", "laps-noflag-shuffled-lf.csv"];

    private static readonly string[] AllFiles = [.. PlainFiles, "classification-shuffled.csv"];

    private static readonly string[] Edits = [";", "\"", "\n", "\r", "\r\n", ":", "'", ".", "0", "7", "99999999999", "a", "É", "\u00A0", "\t", " ", "\0", "\uFEFF", "-", "FF", "Classified", "Retired", "LAP_NUMBER", "NUMBER", ";;;;"];

    private static readonly string[] JsonEdits = ["{", "}", "[", "]", "\"", ",", ":", "0", "-1", "1e400", "0.12345678901234567890123456789", ".", "null", "true", " ", "\n", "\"type\": \"raceExclusion\",", "\"x\"", "\\u0000", "/*", "é"];

    private static ImportedRace Read(byte[] bytes) => AlKamelReader.Read(new MemoryStream(bytes), "R1", ClassificationRule.Default);

    private static bool ReadsOrRefuses(Action read)
    {
        try
        {
            read();
        }
        catch (InputFormatException ex)
        {
            // A refusal must say why: at least one coded failure.
            return !ex.Failures.IsEmpty && ex.Failures.All(f => f.Code.Length > 0);
        }

        return true;
    }

    private static FsCheck.Gen<(string File, int Seed)> FileAndSeed(string[] files) =>
        from file in Gen.Elements(files)
        from seed in Gen.Choose(0, int.MaxValue)
        select (file, seed);

    [Fact]
    public void TruncatedFile_IsReadOrRefusedWithTheDocumentedError()
        => SeasonGen.Check(FileAndSeed(AllFiles), x =>
        {
            var bytes = File.ReadAllBytes(TestFiles.PathOf(x.File));
            var length = new Random(x.Seed).Next(bytes.Length + 1);
            return ReadsOrRefuses(() => Read(bytes[..length]));
        },
        tests: 300);

    [Fact]
    public void ShuffledColumns_GiveTheSameRace()
        => SeasonGen.Check(FileAndSeed(PlainFiles), x =>
        {
            var bytes = File.ReadAllBytes(TestFiles.PathOf(x.File));
            var shuffled = ShuffleColumns(bytes, new Random(x.Seed));
            return Read(bytes) == Read(shuffled);
        },
        tests: 100);

    [Fact]
    public void EditedFile_IsReadOrRefusedWithTheDocumentedError()
        => SeasonGen.Check(FileAndSeed(AllFiles), x =>
        {
            var random = new Random(x.Seed);
            var text = new StringBuilder(File.ReadAllText(TestFiles.PathOf(x.File)));
            for (var edits = random.Next(1, 10); edits > 0; edits--)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(3))
                {
                    case 0:
                        text.Insert(at, Edits[random.Next(Edits.Length)]);
                        break;
                    case 1 when at < text.Length:
                        text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at));
                        break;
                    default:
                        if (at < text.Length)
                        {
                            text[at] = Edits[random.Next(Edits.Length)][0];
                        }

                        break;
                }
            }

            return ReadsOrRefuses(() => Read(Encoding.UTF8.GetBytes(text.ToString())));
        },
        tests: 500);

    [Fact]
    public void RandomBytes_AreRefusedWithTheDocumentedError()
        => SeasonGen.Check(Gen.Choose(0, int.MaxValue), seed =>
        {
            var random = new Random(seed);
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            return ReadsOrRefuses(() => Read(bytes));
        },
        tests: 300);

    [Fact]
    public void TruncatedOrEditedJson_IsReadOrRefusedWithTheDocumentedError()
    {
        string[] documents =
        [
            ScoringJson.ToJson(ScoringJsonTests.EveryRule()),
            ScoringJson.ToJson(ScoringJsonTests.EveryResult()),
            File.ReadAllText(TestFiles.PathOf("entry-data.json")),
        ];
        var gen = from document in Gen.Choose(0, documents.Length - 1)
                  from seed in Gen.Choose(0, int.MaxValue)
                  select (document, seed);
        SeasonGen.Check(gen, x =>
        {
            var random = new Random(x.seed);
            var text = documents[x.document];
            if (random.Next(3) == 0)
            {
                text = text[..random.Next(text.Length + 1)];
            }
            else
            {
                var edited = new StringBuilder(text);
                for (var edits = random.Next(1, 6); edits > 0; edits--)
                {
                    var at = random.Next(edited.Length + 1);
                    if (random.Next(2) == 0)
                    {
                        edited.Insert(at, JsonEdits[random.Next(JsonEdits.Length)]);
                    }
                    else if (at < edited.Length)
                    {
                        edited.Remove(at, Math.Min(random.Next(1, 12), edited.Length - at));
                    }
                }

                text = edited.ToString();
            }

            return x.document switch
            {
                0 => ReadsOrRefuses(() => ScoringJson.ParseRuleSet(text)),
                1 => ReadsOrRefuses(() => ScoringJson.ParseSeasonResults(text)),
                _ => ReadsOrRefuses(() => ScoringJson.ParseEntryData(text)),
            };
        },
        tests: 500);
    }

    private static byte[] ShuffleColumns(byte[] bytes, Random random)
    {
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var text = Encoding.UTF8.GetString(bom ? bytes[3..] : bytes);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline);
        var width = lines[0].Split(';').Length;
        var order = Enumerable.Range(0, width).OrderBy(_ => random.Next()).ToArray();
        var shuffled = string.Join(newline, lines.Select(line => line.Length == 0 ? line : string.Join(';', order.Select(i => line.Split(';')[i]))));
        return [.. (bom ? Encoding.UTF8.Preamble.ToArray() : []), .. Encoding.UTF8.GetBytes(shuffled)];
    }
}
