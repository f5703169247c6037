//! A stable sort for the short lists sorted outside the hot paths (context terms, separator
//! runs, one position's l33t matches): an insertion sort is a few dozen bytes of wasm per use,
//! where the standard library's stable sort costs about 6 KB per element type. Quadratic, so
//! only for lists of at most a few hundred items.

/// Sorts `items` by `key`, keeping the order of equal keys (like `slice::sort_by_key`).
pub fn insertion_sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 {
            let (Some(before), Some(current)) = (items.get(at - 1), items.get(at)) else { break };
            if key(before) <= key(current) {
                break;
            }
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_equal_keys_in_order() {
        let mut items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        insertion_sort_by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: [u8; 0] = [];
        insertion_sort_by_key(&mut empty, |&x| x);
        let mut reversed: Vec<u32> = (0..50).rev().collect();
        insertion_sort_by_key(&mut reversed, |&x| x);
        assert_eq!(reversed, (0..50).collect::<Vec<_>>());
    }
}
