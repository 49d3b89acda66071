namespace AsLMS.Scoring.Generation;

/// <summary>
/// A small, fast pseudo-random generator whose sequence is fixed by its seed on every platform and runtime
/// (System.Random does not promise that), so generated seasons are reproducible.
/// </summary>
internal struct SplitMix64
{
    private ulong state;

    public SplitMix64(long seed) => state = unchecked((ulong)seed);

    public ulong NextUInt64()
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Returns an integer in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>Returns an integer in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>Returns true with the given probability in thousandths.</summary>
    public bool Chance(int perThousand) => Next(1000) < perThousand;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Returns a double in [0, 1) with 53 random bits: basic arithmetic only, so the same on every platform.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
}
