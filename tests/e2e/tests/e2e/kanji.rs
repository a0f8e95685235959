//! Every name by touch, in the real kiosk: 山田 written on the pad and 花子 converted from its
//! reading; 髙橋, the registered form of 高橋, chosen among the variants; NGUYỄN THỊ LAN typed on
//! the Latin keyboard with accents by long press. Each reaches the server once and the counter
//! shows it exactly as typed. The pad, the candidates, the variants and the accents are
//! photographed in both orientations (`docs/screens/*/5N-*.png`), and the pad in 简体中文 mode
//! offering 門 for 门 in landscape.

use std::time::Duration;

use madoguchi_e2e::chrome::{Chrome, PHONE};
use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::pages;
use madoguchi_e2e::server::ServerRun;
use madoguchi_e2e::shots::KANJI;
use madoguchi_e2e::touch::{
    expect_value, kana, keys, latin_with_accents, long_press, shown, tap, write_on_pad,
    write_strokes_on_pad,
};
use madoguchi_e2e::visitor::{self, expect_keyboard, Eyes, Person};
use madoguchi_e2e::{KioskRun, Orientation, Shots};
use thirtyfour::WebDriver;

const LIMIT: Duration = Duration::from_secs(900);

const HANAKO: Person = Person {
    family: "山田",
    given: "花子",
    phone: "09011112222",
    email_local: "hanako.yamada",
    email_domain: "@gmail.com",
    employer: "ミドリヤ",
};

const JIRO: Person = Person {
    family: "髙橋",
    given: "次郎",
    phone: "08033334444",
    email_local: "jiro.takahashi",
    email_domain: "@yahoo.co.jp",
    employer: "アオバ",
};

const LAN: Person = Person {
    family: "NGUYỄN",
    given: "THỊ LAN",
    phone: "07055556666",
    email_local: "lan.nguyen",
    email_domain: "@gmail.com",
    employer: "サクラ",
};

/// 山 and 田 written on the pad; ハナコ typed and converted to 花子, which fills フリガナ（メイ）.
async fn hanako(d: &WebDriver, eyes: &mut Eyes<'_>) {
    tap(d, "field-basic.family_name").await;
    expect_keyboard(d, "kana").await;
    tap(d, "key-mode-write").await;
    expect_keyboard(d, "write").await;
    write_on_pad(d, '山').await;
    shown(d, "candidate-山").await;
    eyes.look(d, "pad-written").await;
    tap(d, "candidate-山").await;
    write_on_pad(d, '田').await;
    tap(d, "candidate-田").await;
    expect_value(d, "field-basic.family_name", "山田").await;

    tap(d, "field-basic.given_name").await;
    expect_keyboard(d, "kana").await;
    kana(d, "ハナコ").await;
    tap(d, "key-convert").await;
    shown(d, "candidate-花子").await;
    eyes.look(d, "conversion").await;
    tap(d, "candidate-花子").await;
    expect_value(d, "field-basic.given_name", "花子").await;
    expect_value(d, "field-basic.given_kana", "ハナコ").await;

    tap(d, "field-basic.family_kana").await;
    kana(d, "ヤマダ").await;
    expect_value(d, "field-basic.family_kana", "ヤマダ").await;
}

/// The visitor leaves with 最初からやり直す; the next one starts in Japanese.
async fn next_visitor(d: &WebDriver) {
    tap(d, "key-close").await;
    tap(d, "btn-reset").await;
    shown(d, "dialog-reset").await;
    tap(d, "btn-reset-confirm").await;
    let mut unseen = Eyes {
        shots: None,
        audit: None,
        fit: false,
    };
    visitor::start(d, &mut unseen, "ja").await;
}

/// A polyline in KanjiVG's 109 × 109 box, sampled as a finger would draw it.
fn finger_path(corners: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut points: Vec<(f64, f64)> = corners
        .windows(2)
        .flat_map(|w| {
            let ((x0, y0), (x1, y1)) = (w[0], w[1]);
            (0..8).map(move |i| {
                let t = f64::from(i) / 8.0;
                (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
            })
        })
        .collect();
    points.extend(corners.last().copied());
    points
}

/// A visitor who learnt their name's characters in simplified Chinese writes 门 on the pad in
/// 简体中文 mode and is offered 門, the form Japanese papers use, before it.
async fn simplified_chinese(d: &WebDriver, eyes: &mut Eyes<'_>) {
    tap(d, "field-basic.family_name").await;
    expect_keyboard(d, "kana").await;
    tap(d, "key-mode-write").await;
    expect_keyboard(d, "write").await;
    tap(d, "key-pad-chinese").await;
    let men = [
        finger_path(&[(34.5, 14.5), (43.6, 25.4)]),
        finger_path(&[(27.2, 34.5), (27.2, 94.5)]),
        finger_path(&[(45.4, 32.7), (85.4, 32.7), (85.4, 92.6), (74.5, 87.2)]),
    ];
    write_strokes_on_pad(d, "门", &men).await;
    shown(d, "candidate-門").await;
    shown(d, "candidate-门").await;
    eyes.look(d, "pad-chinese").await;
    tap(d, "candidate-門").await;
    expect_value(d, "field-basic.family_name", "門").await;
}

/// タカハシ converted, and 髙橋 chosen by a long press on 高橋; ジロウ converted to 次郎.
async fn jiro(d: &WebDriver, eyes: &mut Eyes<'_>) {
    tap(d, "field-basic.family_name").await;
    expect_keyboard(d, "kana").await;
    kana(d, "タカハシ").await;
    tap(d, "key-convert").await;
    long_press(d, "candidate-高橋", Duration::from_millis(900)).await;
    shown(d, "variant-髙橋").await;
    eyes.look(d, "variants").await;
    tap(d, "variant-髙橋").await;
    expect_value(d, "field-basic.family_name", "髙橋").await;
    expect_value(d, "field-basic.family_kana", "タカハシ").await;

    tap(d, "field-basic.given_name").await;
    kana(d, "ジロウ").await;
    tap(d, "key-convert").await;
    tap(d, "candidate-次郎").await;
    expect_value(d, "field-basic.given_name", "次郎").await;
    expect_value(d, "field-basic.given_kana", "ジロウ").await;
}

/// NGUYỄN and THỊ LAN on the Latin keyboard (Ễ and Ị by long press), the reading in katakana.
async fn lan(d: &WebDriver, eyes: &mut Eyes<'_>) {
    for (field, text) in [
        ("field-basic.family_name", "NGUYỄN"),
        ("field-basic.given_name", "THỊ LAN"),
    ] {
        tap(d, field).await;
        tap(d, "key-mode-latin").await;
        expect_keyboard(d, "latin").await;
        for (i, word) in text.split(' ').enumerate() {
            if i > 0 {
                keys(d, &["space"]).await;
            }
            if word == "THỊ" {
                latin_with_accents(d, "TH").await;
                tap(d, "key-shift").await;
                long_press(d, "key-i", Duration::from_millis(900)).await;
                shown(d, "accent-Ị").await;
                eyes.look(d, "accents").await;
                tap(d, "accent-Ị").await;
            } else {
                latin_with_accents(d, word).await;
            }
        }
        expect_value(d, field, text).await;
    }
    for (field, reading) in [
        ("field-basic.family_kana", "グエン"),
        ("field-basic.given_kana", "ティ ラン"),
    ] {
        tap(d, field).await;
        expect_keyboard(d, "kana").await;
        for (i, part) in reading.split(' ').enumerate() {
            if i > 0 {
                keys(d, &["space"]).await;
            }
            kana(d, part).await;
        }
        expect_value(d, field, reading).await;
    }
}

#[tokio::test]
async fn s8_names_by_touch_reach_the_counter_as_written() {
    let orientation = Orientation::Portrait;
    let server = ServerRun::start("s8");
    let link = Link::Enrolled {
        url: server.url(),
        code: server.enrolment_code().to_owned(),
        key: server.public_key(),
    };
    let run = KioskRun::start_with(orientation, Setup::new("s8", link)).await;
    let mut shots = Shots::of_display(orientation, run.display(), KANJI);
    let d = run.driver();
    let work = async {
        let mut receipts = Vec::new();
        for p in [&HANAKO, &JIRO, &LAN] {
            visitor::start(
                d,
                &mut Eyes {
                    shots: None,
                    audit: None,
                    fit: false,
                },
                "ja",
            )
            .await;
            let mut eyes = Eyes {
                shots: Some(&mut shots),
                audit: None,
                fit: false,
            };
            match p.family {
                "山田" => hanako(d, &mut eyes).await,
                "髙橋" => jiro(d, &mut eyes).await,
                _ => lan(d, &mut eyes).await,
            }
            visitor::birth_date_and_sex(
                d,
                &mut Eyes {
                    shots: None,
                    audit: None,
                    fit: false,
                },
            )
            .await;
            let receipt = visitor::after_basic(
                d,
                &mut Eyes {
                    shots: None,
                    audit: None,
                    fit: false,
                },
                "ja",
                p,
            )
            .await;
            server
                .wait_for_application(&receipt.number, Duration::from_secs(60))
                .await;
            assert_eq!(server.copies_of(&receipt.number), 1, "{} once", p.family);
            visitor::finish(
                d,
                &mut Eyes {
                    shots: None,
                    audit: None,
                    fit: false,
                },
            )
            .await;
            receipts.push((p, receipt));
        }
        let browser = Chrome::start("s8", PHONE).await;
        for (p, receipt) in &receipts {
            let shown = pages::counter_name(&browser, &server, receipt).await;
            assert_eq!(
                shown,
                format!("{} {}", p.family, p.given),
                "the counter shows the name exactly as typed"
            );
        }
        browser.quit().await;
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "s8 took longer than {LIMIT:?}; see {} and {}",
            run.log().display(),
            server.log_path().display()
        );
    }
    shots.publish();
    run.quit().await;
}

#[tokio::test]
async fn s8_the_pad_candidates_and_variants_in_landscape() {
    let orientation = Orientation::Landscape;
    let run = KioskRun::start(orientation).await;
    let mut shots = Shots::of_display(orientation, run.display(), KANJI);
    let d = run.driver();
    let mut eyes = Eyes {
        shots: Some(&mut shots),
        audit: None,
        fit: false,
    };
    visitor::start(
        d,
        &mut Eyes {
            shots: None,
            audit: None,
            fit: false,
        },
        "ja",
    )
    .await;
    hanako(d, &mut eyes).await;
    next_visitor(d).await;
    jiro(d, &mut eyes).await;
    next_visitor(d).await;
    simplified_chinese(d, &mut eyes).await;
    tap(d, "key-close").await;
    shots.publish();
    run.quit().await;
}
