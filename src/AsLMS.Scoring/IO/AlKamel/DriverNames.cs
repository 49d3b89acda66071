using System.Text;

namespace AsLMS.Scoring.IO.AlKamel;

/// <summary>
/// Driver names as Al Kamel writes them (<c>Pierre THIRIET</c>, <c>Sébastien CRUBILÉ</c>) and the stable identifiers derived
/// from them, so that one driver met in several files is one driver.
/// </summary>
internal static class DriverNames
{
    // Latin-1 Supplement and Latin Extended-A (U+00C0-U+017F) folded to ASCII; '*' marks the letters that fold to two.
    // Written out rather than taken from Unicode normalisation because that is unavailable under invariant globalisation
    // and an identifier must not depend on how the host process is configured.
    private const string Folded =
        "aaaaaa*ceeeeiiiidnooooo ouuuuy**aaaaaa*ceeeeiiiidnooooo ouuuuy*y"
        + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll"
        + "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>The name as published, with surrounding spaces removed and inner runs of spaces made one.</summary>
    public static string Display(ReadOnlySpan<char> name)
    {
        var text = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>
    /// The identifier of a driver's name: lower case, accents removed from Latin letters (é → e, ø → o, ß → ss), words joined
    /// by '-', other punctuation dropped: <c>Sébastien CRUBILÉ</c> → <c>sebastien-crubile</c>,
    /// <c>Alexander TALKANITSA JR</c> → <c>alexander-talkanitsa-jr</c>, <c>Jean-Marc MERLIN</c> → <c>jean-marc-merlin</c>.
    /// Letters of other scripts are kept (lower-cased).
    /// </summary>
    public static string Id(ReadOnlySpan<char> name)
    {
        var id = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                pendingDash = id.Length > 0;
                continue;
            }

            string? folded = null;
            char single;
            if (c is >= '\u00C0' and <= '\u017F')
            {
                single = Folded[c - '\u00C0'];
                if (single == '*')
                {
                    folded = c switch
                    {
                        'Æ' or 'æ' => "ae",
                        'Þ' or 'þ' => "th",
                        'ß' => "ss",
                        'Ĳ' or 'ĳ' => "ij",
                        _ => "oe",
                    };
                }
                else if (single == ' ')
                {
                    pendingDash = id.Length > 0;
                    continue;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                single = char.ToLowerInvariant(c);
            }
            else
            {
                // Apostrophes, dots and other punctuation carry no identity ("D'Ambrosio", "Jr.").
                continue;
            }

            if (pendingDash)
            {
                id.Append('-');
                pendingDash = false;
            }

            if (folded is null)
            {
                id.Append(single);
            }
            else
            {
                id.Append(folded);
            }
        }

        return id.Length > 0 ? id.ToString() : Display(name);
    }
}
