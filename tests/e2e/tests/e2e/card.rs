//! The My Number card fills 基本情報 and 住所 (issue 18), in the real kiosk with pcscd, the
//! virtual reader of vsmartcard-vpcd and the test card `tests/card/mynacard.py`.
//!
//! - Portrait, with the server: 𠮷田 花子's card is read with its PIN; she adds the フリガナ and a
//!   phone number, corrects nothing, finishes, and the counter shows that name, birth date and
//!   address came from the card. The card heard no command selecting the individual number.
//! - Landscape, offline: 佐藤 一郎 types a wrong PIN twice; the kiosk shows the tries left before
//!   each attempt and stops before the last one, sending him to the counter; the form stays empty.
//!
//! Pictures: `docs/screens/{portrait,landscape}/100–109`. Where pcscd cannot start on the
//! machine, both tests say so and pass without the card (scripts/test starts it).

use std::time::Duration;

use madoguchi_e2e::chrome::{Chrome, DESKTOP};
use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::pages::{counter_rows, server_message, Look};
use madoguchi_e2e::server::ServerRun;
use madoguchi_e2e::shots::CARD;
use madoguchi_e2e::touch::{close_keyboard, digits, expect_value, kana, screen, shown, tap, text};
use madoguchi_e2e::visitor::{self, expect_keyboard, next, Eyes, Person};
use madoguchi_e2e::{KioskRun, Orientation, Shots};
use madoguchi_test_support::card::VirtualReader;
use thirtyfour::WebDriver;

const LIMIT: Duration = Duration::from_secs(420);

/// The test card's holder (`--person yoshida`), with what she types herself.
const YOSHIDA: Person = Person {
    family: "ヨシダ",
    given: "ハナコ",
    phone: "08011223344",
    email_local: "hanako.yoshida",
    email_domain: "@gmail.com",
    employer: "ミドリヤ",
};

/// The `data-…` attribute of an element by test id.
async fn attr(d: &WebDriver, testid: &str, name: &str) -> String {
    shown(d, testid)
        .await
        .attr(name)
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Opens 「マイナンバーカードで入力」, says the card is placed, and waits for the PIN pad with the
/// tries left shown before anything is typed.
async fn open_card_pad(d: &WebDriver, eyes: &mut Eyes<'_>, tries: &str) {
    tap(d, "btn-card-start").await;
    shown(d, "card-place").await;
    eyes.look(d, "card-place").await;
    tap(d, "btn-card-placed").await;
    shown(d, "card-pin").await;
    assert_eq!(attr(d, "card-tries", "data-tries").await, tries);
    let shown_tries = text(d, "card-tries").await;
    assert!(
        shown_tries.contains(&format!("あと{tries}回")),
        "the tries are shown before typing: {shown_tries:?}"
    );
}

/// Four digits on the card's pad; the pad shows dots, never the digits.
async fn type_pin(d: &WebDriver, pin: &str) {
    for k in pin.chars() {
        tap(d, &format!("card-key-{k}")).await;
    }
    assert_eq!(attr(d, "card-pin-dots", "data-count").await, "4");
    let dots = text(d, "card-pin-dots").await;
    assert!(
        !dots.chars().any(|c| c.is_ascii_digit()),
        "the PIN is masked: {dots:?}"
    );
}

#[tokio::test]
async fn s18_card_fills_basic_and_address_to_the_counter() {
    let Some(reader) = VirtualReader::take() else {
        return;
    };
    let orientation = Orientation::Portrait;
    let server = ServerRun::start("s18");
    let link = Link::Enrolled {
        url: server.url(),
        code: server.enrolment_code().to_owned(),
        key: server.public_key(),
    };
    let setup = Setup {
        my_number_card: true,
        ..Setup::new("s18-card", link)
    };
    let run = KioskRun::start_with(orientation, setup).await;
    let mut shots = Shots::of_display(orientation, run.display(), CARD);
    let d = run.driver();
    let p = YOSHIDA;
    let card = reader.put(&["--person", "yoshida"]);
    let work = async {
        let mut eyes = Eyes {
            shots: Some(&mut shots),
            audit: None,
            fit: false,
        };
        let mut quiet = Eyes::default();
        visitor::start(d, &mut quiet, "ja").await;
        screen(d, "basic").await;
        shown(d, "card-offer").await;
        eyes.look(d, "card-offer").await;
        open_card_pad(d, &mut eyes, "3").await;
        type_pin(d, "1234").await;
        eyes.look(d, "card-pin").await;
        tap(d, "btn-card-read").await;
        shown(d, "card-filled").await;
        expect_value(d, "field-basic.family_name", "𠮷田").await;
        expect_value(d, "field-basic.given_name", "花子").await;
        expect_value(d, "field-basic.birth_date.year", "1985").await;
        expect_value(d, "field-basic.birth_date.month", "4").await;
        expect_value(d, "field-basic.birth_date.day", "1").await;
        for (field, reading) in [
            ("field-basic.family_kana", p.family),
            ("field-basic.given_kana", p.given),
        ] {
            tap(d, field).await;
            expect_keyboard(d, "kana").await;
            kana(d, reading).await;
            expect_value(d, field, reading).await;
        }
        close_keyboard(d).await;
        eyes.look(d, "card-basic-filled").await;

        next(d, "contact").await;
        expect_value(d, "field-contact.prefecture", "東京都").await;
        expect_value(d, "field-contact.city", "千代田区").await;
        expect_value(d, "field-contact.town", "霞が関").await;
        expect_value(d, "field-contact.street", "１丁目２番２号").await;
        tap(d, "field-contact.phone").await;
        expect_keyboard(d, "numeric").await;
        digits(d, p.phone).await;
        close_keyboard(d).await;
        eyes.look(d, "card-contact-filled").await;
        next(d, "disclosure").await;
        visitor::disclosure_required_only(d).await;
        next(d, "desired-work").await;
        visitor::desired_work(d, &mut quiet, "ja").await;
        next(d, "situation").await;
        visitor::situation(d, &mut quiet).await;
        next(d, "education").await;
        visitor::education(d, &mut quiet).await;
        next(d, "work-history").await;
        visitor::work_history(d, &mut quiet, &p).await;
        next(d, "disability").await;
        next(d, "self-pr").await;
        next(d, "review").await;
        shown(d, "review-card-read").await;
        eyes.look(d, "card-review").await;
        next(d, "my-page").await;
        let receipt = visitor::my_page_and_submit(d, &mut quiet, "ja", &p).await;
        server
            .wait_for_application(&receipt.number, Duration::from_secs(60))
            .await;

        let counter = Chrome::start("s18-counter", DESKTOP).await;
        let mut look = Look {
            shots: None,
            audit: None,
        };
        let rows = counter_rows(&counter, &mut look, &server, &receipt).await;
        counter.quit().await;
        let row = |label: &str| {
            let label = server_message("ja", label);
            rows.iter()
                .find(|(l, _)| *l == label)
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| panic!("the counter shows no {label}: {rows:?}"))
        };
        let read = server_message("ja", "srv-card-read");
        assert_eq!(
            row("srv-field-identity-source"),
            server_message("ja", "srv-identity-from-card")
        );
        for label in [
            "srv-field-name",
            "srv-field-birth-date",
            "srv-field-address",
            "srv-field-sex",
        ] {
            let value = row(label);
            assert!(
                value.contains(&read),
                "{label} carries the card mark: {value:?}"
            );
        }
        assert!(row("srv-field-name").contains("𠮷田 花子"));
        card.assert_never_selected_the_individual_number();
        assert_eq!(card.pins_sent(), 1);
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "the card scenario took longer than {LIMIT:?}; see {} and {}",
            run.log().display(),
            server.log_path().display()
        );
    }
    shots.publish();
    run.quit().await;
}

#[tokio::test]
async fn s18_two_wrong_pins_stop_before_the_last_try() {
    let Some(reader) = VirtualReader::take() else {
        return;
    };
    let orientation = Orientation::Landscape;
    let setup = Setup {
        my_number_card: true,
        ..Setup::new("s18-wrong-pin", Link::Offline)
    };
    let run = KioskRun::start_with(orientation, setup).await;
    let mut shots = Shots::of_display(orientation, run.display(), CARD);
    let d = run.driver();
    let card = reader.put(&["--person", "sato"]);
    let work = async {
        let mut eyes = Eyes {
            shots: Some(&mut shots),
            audit: None,
            fit: false,
        };
        visitor::start(d, &mut Eyes::default(), "ja").await;
        screen(d, "basic").await;
        open_card_pad(d, &mut eyes, "3").await;
        type_pin(d, "0000").await;
        eyes.look(d, "card-pin").await;
        tap(d, "btn-card-read").await;
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while attr(d, "card-tries", "data-tries").await != "2" {
            assert!(
                std::time::Instant::now() < deadline,
                "the tries did not go down to 2"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(
            attr(d, "card-error", "data-code").await,
            "card-error-wrong-pin"
        );
        assert!(text(d, "card-tries").await.contains("あと2回"));
        eyes.look(d, "card-wrong-pin").await;
        type_pin(d, "9999").await;
        tap(d, "btn-card-read").await;
        shown(d, "card-stopped").await;
        shown(d, "card-go-to-counter").await;
        assert_eq!(
            attr(d, "card-error", "data-code").await,
            "card-error-last-try"
        );
        eyes.look(d, "card-last-try").await;
        assert_eq!(card.pins_sent(), 2, "the last try stays on the card");
        card.assert_never_selected_the_individual_number();
        tap(d, "btn-card-cancel").await;
        expect_value(d, "field-basic.family_name", "").await;
        expect_value(d, "field-basic.birth_date.year", "").await;
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "the wrong-PIN scenario took longer than {LIMIT:?}; see {}",
            run.log().display()
        );
    }
    shots.publish();
    run.quit().await;
}
