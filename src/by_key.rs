//! Items laid side by side by a small whole-number key (a counting sort): one
//! list for all of them, not a vector per key.

/// Items by key: each key's items side by side, in the order they were given.
pub struct ByKey<T> {
    items: Vec<T>,
    /// Where each key's items start in `items`, and where the last key's end.
    starts: Vec<usize>,
}

impl<T: Copy> ByKey<T> {
    /// `items`, each with its key (below `keys`), laid out by key. Walks
    /// `items` twice: once to count each key's items, once to place them.
    pub fn new(items: impl Iterator<Item = (usize, T)> + Clone, keys: usize) -> ByKey<T> {
        let mut starts = vec![0usize; keys + 1];
        for (key, _) in items.clone() {
            starts[key + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        // Every slot is written below; the first item stands in until then.
        let mut laid = match items.clone().next() {
            Some((_, first)) => vec![first; starts[keys]],
            None => Vec::new(),
        };
        for (key, item) in items {
            laid[next[key]] = item;
            next[key] += 1;
        }
        ByKey {
            items: laid,
            starts,
        }
    }

    /// The items of `key`, in the order they were given.
    pub fn of(&self, key: usize) -> &[T] {
        &self.items[self.starts[key]..self.starts[key + 1]]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_holds_its_items_in_their_order() {
        let items = [(2, 'a'), (0, 'b'), (2, 'c'), (0, 'd'), (3, 'e')];
        let by_key = ByKey::new(items.iter().copied(), 4);
        assert_eq!(by_key.of(0), ['b', 'd']);
        assert!(by_key.of(1).is_empty());
        assert_eq!(by_key.of(2), ['a', 'c']);
        assert_eq!(by_key.of(3), ['e']);
        let none = ByKey::<char>::new(std::iter::empty(), 2);
        assert!(none.of(0).is_empty() && none.of(1).is_empty());
    }
}
