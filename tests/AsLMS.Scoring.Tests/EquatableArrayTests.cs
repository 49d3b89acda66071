using System.Collections;

namespace AsLMS.Scoring.Tests;

/// <summary>
/// An <see cref="EquatableArray{T}"/> may view the start of a longer array (the progression's rows share their race scores):
/// everything it shows must be the viewed items only, and it must equal an array holding just those.
/// </summary>
public sealed class EquatableArrayTests
{
    private static readonly int[] Backing = [1, 2, 3, 4];

    private static EquatableArray<int> FirstTwo => EquatableArray.Own(Backing, 2);

    [Fact]
    public void View_OfTheStartOfAnArray_ShowsOnlyThoseItems()
    {
        var view = FirstTwo;
        Assert.Equal(2, view.Count);
        Assert.False(view.IsEmpty);
        Assert.Equal(2, view[1]);
        Assert.Throws<IndexOutOfRangeException>(() => view[2]);
        Assert.Equal([1, 2], view.AsSpan().ToArray());
        Assert.Equal([1, 2], view.AsImmutableArray().ToArray());
        Assert.Equal("[1, 2]", view.ToString());

        var enumerated = new List<int>();
        foreach (var item in view)
        {
            enumerated.Add(item);
        }

        Assert.Equal([1, 2], enumerated);
        Assert.Equal([1, 2], ((IEnumerable<int>)view).ToList());
        Assert.Equal([1, 2], ((IEnumerable)view).Cast<int>().ToList());
    }

    [Fact]
    public void View_ComparedWithAnArrayOfTheSameItems_IsEqualWithTheSameHash()
    {
        EquatableArray<int> same = [1, 2];
        Assert.Equal(same, FirstTwo);
        Assert.True(same == FirstTwo);
        Assert.Equal(same.GetHashCode(), FirstTwo.GetHashCode());
        Assert.NotEqual<EquatableArray<int>>([1, 2, 3], FirstTwo);
        Assert.Equal<EquatableArray<int>>([1, 2, 3], FirstTwo.Add(3));
    }

    [Fact]
    public void View_OfNoItems_IsTheEmptyDefault()
    {
        Assert.Equal(default, EquatableArray.Own(Backing, 0));
        Assert.True(EquatableArray.Own(Backing, 0).IsEmpty);
    }
}
