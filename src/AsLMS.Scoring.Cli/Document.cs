using System.Text;

namespace AsLMS.Scoring.Cli;

/// <summary>The output formats of every command.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned plain-text tables (the default).</summary>
    Text,

    /// <summary>One JSON document.</summary>
    Json,

    /// <summary>Markdown: headings, paragraphs and pipe tables.</summary>
    Markdown,
}

/// <summary>A column of a <see cref="Table"/>: its header and whether its cells line up on the right (numbers).</summary>
internal readonly record struct Column(string Header, bool Right = false);

/// <summary>A table of text cells, written aligned for a terminal or as a Markdown pipe table.</summary>
internal sealed class Table
{
    private readonly Column[] columns;
    private readonly List<string[]> rows = [];

    public Table(params Column[] columns) => this.columns = columns;

    public int Count => rows.Count;

    public void Add(params string[] cells)
    {
        if (cells.Length != columns.Length)
        {
            throw new ArgumentException($"A row of this table has {columns.Length} cells, not {cells.Length}.", nameof(cells));
        }

        rows.Add(cells);
    }

    public void WriteText(TextWriter writer)
    {
        var widths = columns.Select((c, i) => rows.Select(r => r[i].Length).Append(c.Header.Length).Max()).ToArray();
        Write(columns.Select(c => c.Header).ToArray());
        Write(widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in rows)
        {
            Write(row);
        }

        void Write(string[] cells)
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    line.Append("  ");
                }

                line.Append(columns[i].Right ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
            }

            writer.WriteLine(line.ToString().TrimEnd());
        }
    }

    public void WriteMarkdown(TextWriter writer)
    {
        writer.WriteLine("| " + string.Join(" | ", columns.Select(c => Escape(c.Header))) + " |");
        writer.WriteLine("|" + string.Join("|", columns.Select(c => c.Right ? "---:" : "---")) + "|");
        foreach (var row in rows)
        {
            writer.WriteLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
        }
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}

/// <summary>What a command prints in text or Markdown: headings, lines and tables, in order.</summary>
internal sealed class Document
{
    private readonly List<object> blocks = [];

    /// <summary>Adds a heading: level 2 for a section, 3 for a part of one (Markdown's ## and ###).</summary>
    public Document Heading(string text, int level = 2)
    {
        blocks.Add(new HeadingBlock(text, level));
        return this;
    }

    public Document Line(string text)
    {
        blocks.Add(new LineBlock(text));
        return this;
    }

    public Document Bullet(string text)
    {
        blocks.Add(new BulletBlock(text));
        return this;
    }

    public Document Add(Table table)
    {
        blocks.Add(table);
        return this;
    }

    public void Write(TextWriter writer, OutputFormat format)
    {
        var markdown = format == OutputFormat.Markdown;
        object? previous = null;
        foreach (var block in blocks)
        {
            // A blank line before each heading and table, and around paragraphs in Markdown; bullets run on.
            if (previous is not null && (block is HeadingBlock or Table || previous is Table || (markdown && (block is LineBlock || previous is LineBlock || previous is HeadingBlock))))
            {
                writer.WriteLine();
            }

            switch (block)
            {
                case HeadingBlock heading:
                    writer.WriteLine(markdown ? $"{new string('#', heading.Level)} {heading.Text}" : heading.Text);
                    break;
                case LineBlock line:
                    writer.WriteLine(line.Text);
                    break;
                case BulletBlock bullet:
                    writer.WriteLine(markdown ? $"- {bullet.Text}" : $"  {bullet.Text}");
                    break;
                case Table table:
                    if (markdown)
                    {
                        table.WriteMarkdown(writer);
                    }
                    else
                    {
                        table.WriteText(writer);
                    }

                    break;
            }

            previous = block;
        }
    }

    private sealed record HeadingBlock(string Text, int Level);

    private sealed record LineBlock(string Text);

    private sealed record BulletBlock(string Text);
}
