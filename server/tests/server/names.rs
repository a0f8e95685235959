//! Names as written reach the counter unchanged: any name made of the characters the kiosk's
//! keyboards can put in the name fields — kanji (outside the BMP too, and compatibility forms
//! such as 﨑 and 神 that a registered name may use), kana, Latin letters with accents,
//! apostrophes and hyphens — goes through core's normalising, sealing to the server's key, the
//! server's intake and storage, and shows on the counter's page exactly as typed.

use madoguchi_core::{normalize, Language};
use madoguchi_server::storage::Role;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

use crate::on_every_database;
use crate::support::{sample_application, OFFICE_A};

/// One name part: 1–8 characters from a keyboard's set, parts joined by single spaces.
fn name() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        "[一-龥]{1,4}",
        "[𠀀-𪛖]{1,2}",
        "[﨑神髙𠮷邉齋]{1,2}",
        "[ぁ-ゖ]{1,6}",
        "[ァ-ヶー・]{1,6}",
        "[A-Z][a-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'\\-]{0,7}",
    ];
    proptest::collection::vec(part, 1..3).prop_map(|parts| parts.join(" "))
}

fn kana() -> impl Strategy<Value = String> {
    "[ァ-ヶ][ァ-ヶー]{0,7}"
}

fn card_name() -> impl Strategy<Value = String> {
    prop::string::string_regex(
        "[A-ZÀÁÂÃÇÈÉÊÌÍÑÒÓÔÕÙÚÜÝĂĐƠƯẠẾỄỊỌỘỚỤỨỲ][A-ZÀÁÂÃÇÈÉÊÌÍÑÒÓÔÕÙÚÜÝĂĐƠƯẠẾỄỊỌỘỚỤỨỲ' \\-]{0,14}[A-Z]",
    )
    .expect("a pattern")
    .prop_map(|s| normalize::spaces(&s))
}

/// What the page shows, with HTML's escapes undone.
fn unescape(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[tokio::test]
async fn names_as_written_reach_the_counter_unchanged() {
    let strategy = (name(), name(), kana(), kana(), card_name());
    let mut runner = TestRunner::deterministic();
    let cases: Vec<_> = (0..24)
        .map(|_| strategy.new_tree(&mut runner).expect("a case").current())
        .collect();
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "names-01").await;
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        for (i, (family, given, family_kana, given_kana, card)) in cases.iter().enumerate() {
            // The kiosk's keyboards produce text normalising leaves alone; that is the promise.
            assert_eq!(&normalize::name(family), family);
            assert_eq!(&normalize::name(given), given);
            assert_eq!(&normalize::card_name(card), card);
            let mut app = sample_application(Language::JA, &format!("n{i}@example.jp"));
            app.basic.family_name = family.clone();
            app.basic.given_name = given.clone();
            app.basic.family_kana = family_kana.clone();
            app.basic.given_kana = given_kana.clone();
            app.basic.card_name = card.clone();
            let submitted = h.submit(&kiosk, &app).await;
            let page = h
                .get(
                    &format!("/counter/applications/{}", submitted.id()),
                    Some(&staff.cookie),
                )
                .await;
            let shown = unescape(&page.text());
            for (what, want) in [
                ("name", format!("{family} {given}")),
                ("reading", format!("{family_kana} {given_kana}")),
                ("residence-card name", card.clone()),
            ] {
                assert!(
                    shown.contains(&want),
                    "case {i}: the counter does not show the {what} {want:?} as written"
                );
            }
        }
    });
}
