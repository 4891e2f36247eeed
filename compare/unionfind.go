package compare

// unionFind groups the items 0..n-1 into disjoint sets.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

// find returns the representative of i's set (with path halving).
func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// union merges the sets of i and j.
func (u unionFind) union(i, j int) {
	if a, b := u.find(i), u.find(j); a != b {
		u[a] = b
	}
}
