//! Two stable sorts that cost the wasm modules almost nothing, where the standard library's
//! stable sort costs about 6 KB per element type: an insertion sort for the short lists sorted
//! outside the hot paths (context terms, separator runs, one position's l33t matches; quadratic,
//! so only for lists of at most a few hundred items), and a counting sort of indices by a small
//! key (the strength engine's matches by position, linear).

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

/// `indices` in the order of `key`, keeping the given order of equal keys: a counting sort,
/// for keys below `keys` (a larger key goes last, as if it were `keys`). Linear in `indices` and
/// `keys`. Also returns where each key's run starts: those with key `k` are
/// `order[runs[k]..runs[k + 1]]`, for every `k` up to `keys`.
pub fn counting_order(
    indices: impl IntoIterator<Item = usize> + Clone,
    keys: usize,
    key: impl Fn(usize) -> usize,
) -> (Vec<usize>, Vec<usize>) {
    let key = |index| key(index).min(keys);
    // starts[k + 1] counts key k; then, summed, starts[k] is where key k's run begins.
    let mut starts = vec![0; keys + 2];
    for index in indices.clone() {
        if let Some(count) = starts.get_mut(key(index) + 1) {
            *count += 1;
        }
    }
    let mut total = 0;
    for start in &mut starts {
        total += *start;
        *start = total;
    }
    let runs = starts.clone();
    let mut order = vec![0; total];
    for index in indices {
        if let Some(at) = starts.get_mut(key(index)) {
            if let Some(slot) = order.get_mut(*at) {
                *slot = index;
            }
            *at += 1;
        }
    }
    (order, runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counting_order_is_a_stable_sort_by_key() {
        let keys = [3, 1, 3, 0, 1, 9, 2];
        let (order, runs) = counting_order(0..keys.len(), 4, |index| keys[index]);
        // 9 is past `keys`: it goes last, in the run of key 4.
        assert_eq!(order, [3, 1, 4, 6, 0, 2, 5]);
        assert_eq!(runs, [0, 1, 3, 4, 6, 7]);
        assert_eq!(counting_order(0..0, 0, |_| 0), (vec![], vec![0, 0]));
        let mut expected: Vec<usize> = (0..50).collect();
        expected.sort_by_key(|&index| (index * 7) % 5);
        assert_eq!(counting_order(0..50, 5, |index| (index * 7) % 5).0, expected);
    }

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
