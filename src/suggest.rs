//! "Did you mean ...?": the closest known name to a misspelt one.

/// Names longer than this get no suggestion: nobody mistypes a name of hundreds of letters,
/// and it keeps a pasted blob from costing a comparison with every name in scope.
const MAX_LEN: usize = 128;

/// Edit distance between two short strings (Levenshtein, on characters).
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The edit distance if it is at most `limit`, else `None`, in time proportional to
/// `limit` times the length: only the diagonal band `|i - j| <= limit` of the table can
/// hold a distance within the limit (Ukkonen), and names whose lengths differ by more
/// than the limit are skipped without a table.
pub fn distance_within(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let big = limit + 1;
    // prev[j] for j in 0..=b.len(); cells outside the band hold `big` (more than the limit).
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j.min(big)).collect();
    let mut cur = vec![big; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        let lo = (i + 1).saturating_sub(limit);
        let hi = (i + 1 + limit).min(b.len());
        cur.iter_mut().for_each(|c| *c = big);
        if lo == 0 {
            cur[0] = (i + 1).min(big);
        }
        let mut best = cur[0];
        for j in lo.max(1)..=hi {
            let cost = usize::from(*ca != b[j - 1]);
            cur[j] = (prev[j - 1] + cost)
                .min(prev[j] + 1)
                .min(cur[j - 1] + 1)
                .min(big);
            best = best.min(cur[j]);
        }
        if best > limit {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()]).filter(|d| *d <= limit)
}

/// The candidate closest to `name`, if it is close enough to be a likely typo.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let chars: Vec<char> = name.chars().take(MAX_LEN + 1).collect();
    if chars.len() > MAX_LEN {
        return None;
    }
    let limit = match chars.len() {
        0..=2 => 1,
        3..=5 => 2,
        _ => 3,
    };
    let mut other = Vec::new();
    candidates
        .into_iter()
        .filter(|c| *c != name)
        .filter_map(|c| {
            other.clear();
            other.extend(c.chars().take(chars.len() + limit + 1));
            distance_within(&chars, &other, limit).map(|d| (d, c))
        })
        .min_by_key(|(d, c)| (*d, c.len()))
        .map(|(_, c)| c)
}

/// A ready-made hint, or None.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    closest(name, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_transpositions_and_typos() {
        assert_eq!(distance("hours_per_dya", "hours_per_day"), 2);
        assert_eq!(
            closest("hours_per_dya", ["days_per_week", "hours_per_day"]),
            Some("hours_per_day")
        );
        assert_eq!(closest("x", ["hours_per_day"]), None);
    }

    /// The banded distance agrees with the full table whenever either is within the limit.
    #[test]
    fn banded_distance_agrees_with_the_full_table() {
        use proptest::prelude::*;
        proptest!(|(a in "[abc]{0,12}", b in "[abc]{0,12}", limit in 0usize..5)| {
            let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let full = distance(&a, &b);
            let banded = distance_within(&x, &y, limit);
            prop_assert_eq!(banded, Some(full).filter(|d| *d <= limit));
        });
    }

    /// A 100,000-letter unknown name beside a 100,000-letter known one (fuzzing reproducer
    /// check-1: the full table took ~30 s): no suggestion, at once.
    #[test]
    fn long_names_are_cheap() {
        let long = "a".repeat(100_000);
        let other = format!("{}b", "a".repeat(99_999));
        let start = std::time::Instant::now();
        assert_eq!(closest(&long, [other.as_str(), "hours"]), None);
        assert_eq!(
            closest("hours_per_dya", [other.as_str(), "hours_per_day"]),
            Some("hours_per_day")
        );
        assert!(start.elapsed().as_millis() < 500);
    }
}
