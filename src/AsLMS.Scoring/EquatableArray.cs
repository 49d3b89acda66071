using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AsLMS.Scoring;

/// <summary>
/// An immutable array with value equality: two arrays are equal when they hold equal items in the same order.
/// Every collection in the model uses it, so records built from the same facts (for example a rule set read back from JSON)
/// compare equal.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// <para>This type is an immutable value type and is thread-safe. Its items are copied in on creation and never exposed mutably.</para>
/// <para>Build one with a collection expression (<c>[a, b]</c>), <see cref="EquatableArray.Create{T}(ReadOnlySpan{T})"/>,
/// <see cref="EquatableArray.ToEquatableArray{T}(IEnumerable{T})"/> or from an <see cref="ImmutableArray{T}"/>.
/// The <c>default</c> value is empty.</para>
/// </remarks>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    // The items are the first `count` elements of the array: the standings progression shares one array of race scores between
    // a competitor's rows of successive rounds, each row seeing the races up to its round. Elements past `count` are never seen.
    private readonly T[]? items;
    private readonly int count;

    internal EquatableArray(T[] items)
        : this(items, items.Length)
    {
    }

    internal EquatableArray(T[] items, int count)
    {
        this.items = items;
        this.count = count;
    }

    /// <summary>Gets the number of items.</summary>
    public int Count => count;

    /// <summary>Gets a value indicating whether the array is empty.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the item at an index.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The item.</returns>
    public T this[int index] => AsSpan()[index];

    /// <summary>Wraps an immutable array (no copy is needed: it cannot change).</summary>
    /// <param name="array">The array.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> array)
        => array.IsDefaultOrEmpty ? default : new EquatableArray<T>(ImmutableCollectionsMarshal.AsArray(array)!);

    /// <summary>Compares two arrays item by item.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays item by item.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Gets the items as a read-only span.</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<T> AsSpan() => new(items, 0, count);

    /// <summary>Gets the items as an <see cref="ImmutableArray{T}"/>, without copying unless this array views the start of a longer one.</summary>
    /// <returns>The immutable array.</returns>
    public ImmutableArray<T> AsImmutableArray() => ImmutableCollectionsMarshal.AsImmutableArray(Whole());

    /// <summary>Returns a new array with one item added at the end.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The new array.</returns>
    public EquatableArray<T> Add(T item)
    {
        var copy = new T[count + 1];
        AsSpan().CopyTo(copy);
        copy[^1] = item;
        return new EquatableArray<T>(copy);
    }

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Gets an allocation-free enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(items ?? [], count);

    /// <inheritdoc/>
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Whole()).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => Whole().GetEnumerator();

    /// <summary>Formats the items as <c>[a, b, c]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "[" + string.Join(", ", Whole()) + "]";

    /// <summary>Gets an array of exactly the items: the array itself, or a copy of the part this one views.</summary>
    private T[] Whole() => items is null ? [] : count == items.Length ? items : AsSpan().ToArray();

    /// <summary>An allocation-free enumerator over an <see cref="EquatableArray{T}"/>.</summary>
    public struct Enumerator
    {
        private readonly T[] array;
        private readonly int count;
        private int index;

        internal Enumerator(T[] array, int count)
        {
            this.array = array;
            this.count = count;
            index = -1;
        }

        /// <summary>Gets the current item.</summary>
        public readonly T Current => array[index];

        /// <summary>Moves to the next item.</summary>
        /// <returns>False at the end.</returns>
        public bool MoveNext() => ++index < count;
    }
}

/// <summary>Factory methods for <see cref="EquatableArray{T}"/>.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array holding a copy of the items (the collection-expression builder).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items)
        => items.IsEmpty ? default : new EquatableArray<T>(items.ToArray());

    /// <summary>Creates an array holding a copy of the items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = items.ToArray();
        return array.Length == 0 ? default : new EquatableArray<T>(array);
    }

    /// <summary>Wraps an array this library just built and will never touch again (no copy).</summary>
    internal static EquatableArray<T> Own<T>(T[] items) => items.Length == 0 ? default : new EquatableArray<T>(items);

    /// <summary>
    /// Wraps the first items of an array this library is building (no copy): those items must never change again, while the
    /// elements after them may still be written, unseen by this array.
    /// </summary>
    internal static EquatableArray<T> Own<T>(T[] items, int count) => count == 0 ? default : new EquatableArray<T>(items, count);
}
