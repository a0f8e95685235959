//! Which figures of the public scorecard may be shown: small counts would let a reader single
//! out the few people behind them, so they are withheld, and so is whatever would let a reader
//! work a withheld count out again.
//!
//! A count below [`MIN_CELL`] is withheld (primary suppression). Published totals are sums of
//! published parts (the nation of its prefectures, a prefecture of its offices); a relation with
//! exactly one unknown gives that unknown away by subtraction, so in every relation that has one
//! withheld figure a second is withheld too, the smallest part still shown (complementary
//! suppression), or the total when no part is left. Withholding one figure can leave another
//! relation with a single unknown, so this repeats until no relation has exactly one. Rates and
//! shares are shown only where both their counts are.

/// Counts below this are withheld.
pub const MIN_CELL: i64 = 10;

/// A published total and the parts it is the sum of, as indices into the figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relation {
    pub total: usize,
    pub parts: Vec<usize>,
}

/// Which of `values` to withhold (`true`), given the sums the page also publishes. Indices in
/// `relations` outside `values` are ignored.
pub fn withheld(values: &[i64], relations: &[Relation]) -> Vec<bool> {
    let mut hidden: Vec<bool> = values.iter().map(|v| *v < MIN_CELL).collect();
    loop {
        let mut changed = false;
        for relation in relations {
            let members = std::iter::once(relation.total).chain(relation.parts.iter().copied());
            let unknown = members.filter(|i| hidden.get(*i) == Some(&true)).count();
            if unknown != 1 {
                continue;
            }
            let smallest_shown_part = relation
                .parts
                .iter()
                .copied()
                .filter(|i| hidden.get(*i) == Some(&false))
                .min_by_key(|i| (values[*i], *i));
            let next = match smallest_shown_part {
                Some(part) => Some(part),
                None => Some(relation.total).filter(|t| hidden.get(*t) == Some(&false)),
            };
            if let Some(i) = next {
                hidden[i] = true;
                changed = true;
            }
        }
        if !changed {
            return hidden;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn relation(total: usize, parts: &[usize]) -> Relation {
        Relation {
            total,
            parts: parts.to_vec(),
        }
    }

    #[test]
    fn small_counts_are_withheld() {
        // Total 0 = parts 1, 2, 3.
        let hidden = withheld(&[150, 80, 45, 25], &[relation(0, &[1, 2, 3])]);
        assert_eq!(hidden, [false, false, false, false]);
    }

    #[test]
    fn a_lone_small_count_takes_a_second_with_it() {
        // 3 alone would be 120 - 80 - 37; the smallest other part (37) is withheld with it.
        let hidden = withheld(&[120, 80, 37, 3], &[relation(0, &[1, 2, 3])]);
        assert_eq!(hidden, [false, false, true, true]);
    }

    #[test]
    fn a_single_part_goes_with_its_total() {
        let hidden = withheld(&[4, 4], &[relation(0, &[1])]);
        assert_eq!(hidden, [true, true]);
        let hidden = withheld(&[40, 40], &[relation(0, &[1])]);
        assert_eq!(hidden, [false, false]);
    }

    #[test]
    fn suppression_carries_through_the_levels() {
        // Nation 0 = prefectures 1 (5) + 2 (50); prefecture 2 = offices 3 (30) + 4 (20);
        // prefecture 1 = office 5 (5). Prefecture 1 is small, so prefecture 2 is withheld with
        // it; then prefecture 2's offices would give it back, so the smaller of them (20) goes
        // too. Office 5 is small itself.
        let values = [55, 5, 50, 30, 20, 5];
        let relations = [
            relation(0, &[1, 2]),
            relation(2, &[3, 4]),
            relation(1, &[5]),
        ];
        let hidden = withheld(&values, &relations);
        assert_eq!(hidden, [false, true, true, false, true, true]);
    }

    /// Whether any withheld value can be worked out from one relation whose other members are
    /// all shown.
    fn recoverable(hidden: &[bool], relations: &[Relation]) -> bool {
        relations.iter().any(|r| {
            std::iter::once(r.total)
                .chain(r.parts.iter().copied())
                .filter(|i| hidden[*i])
                .count()
                == 1
        })
    }

    proptest! {
        #[test]
        fn no_withheld_count_is_one_subtraction_away(
            offices in proptest::collection::vec((0usize..4, 0i64..60), 1..14)
        ) {
            // Up to four prefectures, each the sum of its offices; the nation their sum.
            let mut values = vec![0i64; 5];
            let mut parts: Vec<Vec<usize>> = vec![Vec::new(); 4];
            for (prefecture, value) in &offices {
                parts[*prefecture].push(values.len());
                values.push(*value);
                values[1 + prefecture] += value;
                values[0] += value;
            }
            // Only prefectures with offices are published.
            let listed: Vec<usize> = (0..4).filter(|p| !parts[*p].is_empty()).collect();
            let mut relations = vec![relation(0, &listed.iter().map(|p| 1 + p).collect::<Vec<_>>())];
            for p in &listed {
                relations.push(relation(1 + p, &parts[*p]));
            }
            let hidden = withheld(&values, &relations);
            for (v, h) in values.iter().zip(&hidden) {
                prop_assert!(*v >= MIN_CELL || *h, "a small count is shown");
            }
            prop_assert!(!recoverable(&hidden, &relations));
        }
    }
}
