// Checks a packed AsLMS.Scoring package the way a consumer and a debugger will see it, and fails (exit code 1) on the first
// run of problems: the .nupkg's metadata (license expression, README, repository URL and commit, dependencies), its contents (the
// library for net8.0 and net10.0 with its XML docs, nothing else), the XML docs naming every public type, and the .snupkg's PDBs:
// portable, matching the DLLs, built deterministically (ContinuousIntegrationBuild: /_/ paths, a reproducible DLL), with a
// SourceLink map that points every source file at the commit on the declared repository and at a file that exists in the checkout.
// Usage (run by .ci/run after dotnet pack):
//   dotnet run --project tools/PackageCheck -- artifacts/packages --version 0.1.0-ci.1 --commit <sha> [--checkout .]
using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

const string Id = "AsLMS.Scoring";
string[] frameworks = ["net8.0", "net10.0"];
string[] dependencies = ["FluentValidation", "NodaTime"];

if (args.Length < 5 || args[1] != "--version" || args[3] != "--commit")
{
    Console.Error.WriteLine("Usage: PackageCheck <folder> --version <version> --commit <sha> [--checkout <folder>]");
    return 2;
}

var folder = args[0];
var version = args[2];
var commit = args[4];
var checkout = args.Length >= 7 && args[5] == "--checkout" ? args[6] : ".";
var problems = new List<string>();
var nupkgPath = Path.Combine(folder, $"{Id}.{version}.nupkg");
var snupkgPath = Path.Combine(folder, $"{Id}.{version}.snupkg");
foreach (var path in new[] { nupkgPath, snupkgPath }.Where(p => !File.Exists(p)))
{
    problems.Add($"{path} does not exist.");
}

if (problems.Count == 0)
{
    using var nupkg = ZipFile.OpenRead(nupkgPath);
    using var snupkg = ZipFile.OpenRead(snupkgPath);
    CheckNuspec(nupkg);
    CheckContents(nupkg);
    foreach (var framework in frameworks)
    {
        var dll = Read(nupkg, $"lib/{framework}/{Id}.dll");
        var xml = Read(nupkg, $"lib/{framework}/{Id}.xml");
        var pdb = Read(snupkg, $"lib/{framework}/{Id}.pdb");
        if (dll is null || pdb is null)
        {
            continue;
        }

        var publicTypes = CheckXmlDocs(framework, dll, xml);
        var (documents, mapped) = CheckSymbols(framework, dll, pdb);
        Console.WriteLine($"{framework}: {publicTypes} public types documented; {documents} source files in the PDB, {mapped} mapped by SourceLink.");
    }
}

foreach (var problem in problems)
{
    Console.WriteLine($"PROBLEM: {problem}");
}

Console.WriteLine(problems.Count == 0 ? $"PackageCheck: {Id} {version} ok" : $"PackageCheck: {problems.Count} problem(s)");
return problems.Count == 0 ? 0 : 1;

void CheckNuspec(ZipArchive package)
{
    var bytes = Read(package, $"{Id}.nuspec");
    if (bytes is null)
    {
        return;
    }

    var metadata = XDocument.Load(new MemoryStream(bytes)).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    XElement? Element(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);
    Expect(Element("id")?.Value == Id, $"nuspec id is '{Element("id")?.Value}', not {Id}.");
    Expect(Element("version")?.Value == version, $"nuspec version is '{Element("version")?.Value}', not {version}.");
    var license = Element("license");
    Expect(license?.Attribute("type")?.Value == "expression" && license.Value == "MIT", "nuspec has no MIT license expression.");
    Expect(Element("readme")?.Value == "README.md" && package.GetEntry("README.md") is not null, "the package README is missing.");
    Expect(!string.IsNullOrWhiteSpace(Element("description")?.Value), "nuspec has no description.");
    Expect(Element("projectUrl")?.Value.StartsWith("https://", StringComparison.Ordinal) == true, "nuspec has no project URL.");
    var repository = Element("repository");
    Expect(repository?.Attribute("type")?.Value == "git", "nuspec repository type is not git.");
    Expect(repository?.Attribute("url")?.Value.StartsWith("https://", StringComparison.Ordinal) == true, "nuspec has no https repository URL.");
    Expect(repository?.Attribute("commit")?.Value == commit, $"nuspec repository commit is '{repository?.Attribute("commit")?.Value}', not {commit}.");
    var groups = Element("dependencies")?.Elements().Where(e => e.Name.LocalName == "group").ToList() ?? [];
    foreach (var framework in frameworks)
    {
        var group = groups.SingleOrDefault(g => g.Attribute("targetFramework")?.Value == framework);
        var ids = group?.Elements().Select(d => d.Attribute("id")?.Value).Order(StringComparer.Ordinal).ToArray() ?? [];
        Expect(ids.SequenceEqual(dependencies), $"{framework} dependencies are [{string.Join(", ", ids)}], not [{string.Join(", ", dependencies)}].");
    }

    Console.WriteLine($"nuspec: {Id} {version}, license {license?.Value}, repository {repository?.Attribute("url")?.Value} at {commit[..Math.Min(12, commit.Length)]}.");
}

void CheckContents(ZipArchive package)
{
    // Only the library (and NuGet's own parts) is shipped: no sample, test or tool assembly, no stray file.
    var expected = frameworks.SelectMany(f => new[] { $"lib/{f}/{Id}.dll", $"lib/{f}/{Id}.xml" }).Append("README.md").Append($"{Id}.nuspec");
    var files = package.Entries.Select(e => e.FullName)
        .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
        .Order(StringComparer.Ordinal).ToList();
    var missing = expected.Except(files).ToList();
    var extra = files.Except(expected).ToList();
    Expect(missing.Count == 0, $"the package lacks {string.Join(", ", missing)}.");
    Expect(extra.Count == 0, $"the package holds unexpected files: {string.Join(", ", extra)}.");
}

int CheckXmlDocs(string framework, byte[] dll, byte[]? xml)
{
    if (xml is null)
    {
        problems.Add($"{framework}: the XML documentation file is missing.");
        return 0;
    }

    var documented = XDocument.Load(new MemoryStream(xml)).Descendants("member").Select(m => m.Attribute("name")?.Value).ToHashSet(StringComparer.Ordinal);
    using var pe = new PEReader(new MemoryStream(dll));
    var reader = pe.GetMetadataReader();
    var types = reader.TypeDefinitions.Select(reader.GetTypeDefinition).Where(t => IsPublic(reader, t)).Select(t => "T:" + DocName(reader, t)).ToList();
    var undocumented = types.Where(t => !documented.Contains(t)).ToList();
    Expect(types.Count > 0, $"{framework}: the DLL has no public type.");
    Expect(undocumented.Count == 0, $"{framework}: public types without XML docs: {string.Join(", ", undocumented.Take(10))}.");
    return types.Count;
}

(int Documents, int Mapped) CheckSymbols(string framework, byte[] dll, byte[] pdb)
{
    using var pe = new PEReader(new MemoryStream(dll));
    var entries = pe.ReadDebugDirectory();
    Expect(entries.Any(e => e.Type == DebugDirectoryEntryType.Reproducible), $"{framework}: the DLL is not marked as built deterministically.");
    var codeView = entries.Where(e => e.Type == DebugDirectoryEntryType.CodeView).Select(pe.ReadCodeViewDebugDirectoryData).FirstOrDefault();

    using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb));
    var reader = provider.GetMetadataReader();
    var pdbGuid = new Guid(reader.DebugMetadataHeader!.Id.AsSpan(0, 16));
    Expect(codeView.Guid == pdbGuid, $"{framework}: the PDB in the symbols package does not match the DLL.");

    var sourceLink = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition).Select(reader.GetCustomDebugInformation)
        .Where(c => reader.GetGuid(c.Kind) == KnownGuids.SourceLink).Select(c => reader.GetBlobBytes(c.Value)).FirstOrDefault();
    if (sourceLink is null)
    {
        problems.Add($"{framework}: the PDB has no SourceLink map.");
        return (0, 0);
    }

    var map = JsonDocument.Parse(sourceLink).RootElement.GetProperty("documents").EnumerateObject()
        .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    Console.WriteLine($"{framework}: SourceLink {Encoding.UTF8.GetString(sourceLink)}");
    Expect(map.Values.All(url => url.StartsWith("https://", StringComparison.Ordinal) && url.Contains($"/{commit}/", StringComparison.Ordinal)),
        $"{framework}: the SourceLink map does not point at commit {commit} over https.");

    var documents = 0;
    var mapped = 0;
    foreach (var handle in reader.Documents)
    {
        documents++;
        var name = reader.GetString(reader.GetDocument(handle).Name);
        var embedded = reader.GetCustomDebugInformation(handle).Select(reader.GetCustomDebugInformation)
            .Any(c => reader.GetGuid(c.Kind) == KnownGuids.EmbeddedSource);
        Expect(name.StartsWith("/_/", StringComparison.Ordinal), $"{framework}: '{name}' is not a deterministic (/_/) path.");
        var key = map.Keys.FirstOrDefault(k => k.EndsWith('*') && name.StartsWith(k[..^1], StringComparison.Ordinal));
        if (key is null)
        {
            Expect(embedded, $"{framework}: '{name}' is neither mapped by SourceLink nor embedded.");
            continue;
        }

        mapped++;
        var relative = name[(key.Length - 1)..];
        Expect(embedded || File.Exists(Path.Combine(checkout, relative)), $"{framework}: '{name}' maps to '{relative}', which is not in the checkout.");
    }

    Expect(mapped > 0, $"{framework}: no source file is mapped by SourceLink.");
    return (documents, mapped);
}

void Expect(bool condition, string problem)
{
    if (!condition)
    {
        problems.Add(problem);
    }
}

byte[]? Read(ZipArchive package, string name)
{
    if (package.GetEntry(name) is not { } entry)
    {
        problems.Add($"{name} is missing from the package.");
        return null;
    }

    using var stream = entry.Open();
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    return copy.ToArray();
}

static bool IsPublic(MetadataReader reader, TypeDefinition type)
{
    var visibility = type.Attributes & TypeAttributes.VisibilityMask;
    return visibility == TypeAttributes.Public
        || (visibility == TypeAttributes.NestedPublic && IsPublic(reader, reader.GetTypeDefinition(type.GetDeclaringType())));
}

static string DocName(MetadataReader reader, TypeDefinition type)
    => type.GetDeclaringType() is { IsNil: false } outer
        ? DocName(reader, reader.GetTypeDefinition(outer)) + "." + reader.GetString(type.Name)
        : reader.GetString(type.Namespace) + "." + reader.GetString(type.Name);

internal static class KnownGuids
{
    // The kinds of custom debug information of the Portable PDB format (dotnet/runtime docs/design/specs/PortablePdb-Metadata.md).
    public static readonly Guid SourceLink = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    public static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
}
