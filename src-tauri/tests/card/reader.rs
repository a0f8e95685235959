//! The My Number card through the real PC/SC stack: the kiosk's commands, pcscd, the virtual
//! reader of vsmartcard-vpcd, and the test card `tests/card/mynacard.py` (vicc) that keeps every
//! command it receives (`madoguchi_test_support::card`). `tests/card/virtual-reader` starts
//! pcscd; where it cannot, each test says so and passes without the reader (scripts/test starts
//! it, so CI runs them).

use madoguchi_core::kiosk_api::CommandError;
use madoguchi_core::Application;
use madoguchi_test_support::card::VirtualReader;
use serde_json::{json, Value};

use super::{complete_application, harness_with, Harness};

fn card_kiosk() -> Harness {
    harness_with(true, "my_number_card = true\n")
}

fn tries(h: &Harness) -> Result<u64, CommandError> {
    h.invoke("card_tries", json!({}))
        .map(|v| v.as_u64().expect("a number"))
        .map_err(|e| serde_json::from_value(e).expect("a CommandError"))
}

fn read(h: &Harness, app: &Value, pin: &str) -> Result<Application, CommandError> {
    h.invoke(
        "read_my_number_card",
        json!({ "application": app, "pin": pin }),
    )
    .map(|v| serde_json::from_value(v).expect("an application"))
    .map_err(|e| serde_json::from_value(e).expect("a CommandError"))
}

#[test]
fn the_card_fills_basic_and_address_and_never_selects_the_individual_number() {
    let Some(reader) = VirtualReader::take() else {
        return;
    };
    let h = card_kiosk();
    assert_eq!(h.invoke("card_reader_present", json!({})), Ok(json!(true)));
    let card = reader.put(&["--person", "yoshida"]);
    assert_eq!(tries(&h), Ok(3));
    let app = read(&h, &complete_application(), "1234").expect("the card is read");
    let b = &app.basic;
    assert_eq!(
        (b.family_name.as_str(), b.given_name.as_str()),
        ("𠮷田", "花子")
    );
    assert_eq!(b.family_kana, "やまだ", "フリガナ stays the visitor's");
    assert_eq!(
        (
            b.birth_date.year.as_str(),
            b.birth_date.month.as_str(),
            b.birth_date.day.as_str()
        ),
        ("1985", "4", "1")
    );
    assert_eq!(b.sex, Some(madoguchi_core::Sex::Female));
    let c = &app.contact;
    assert_eq!(c.postcode, "1000013");
    assert_eq!(
        (c.prefecture.as_str(), c.city.as_str(), c.town.as_str()),
        ("東京都", "千代田区", "霞が関")
    );
    assert_eq!(c.street, "１丁目２番２号");
    assert_eq!(c.building, "中央合同庁舎第５号館別館２０階");
    assert_eq!(
        c.phone, "０９０ー１２３４ー５６７８",
        "the rest of the form is untouched"
    );
    assert_eq!(
        app.my_number_card.as_ref().map(|r| r.name.as_str()),
        Some("𠮷田　花子")
    );
    card.assert_never_selected_the_individual_number();
    assert_eq!(card.pins_sent(), 1);
}

#[test]
fn two_wrong_pins_and_the_kiosk_refuses_the_last_try() {
    let Some(reader) = VirtualReader::take() else {
        return;
    };
    let h = card_kiosk();
    let card = reader.put(&["--person", "sato"]);
    let app = complete_application();
    let wrong = read(&h, &app, "0000").expect_err("wrong PIN");
    assert_eq!(wrong.code, "card-error-wrong-pin");
    assert_eq!(wrong.args.get("tries").map(String::as_str), Some("2"));
    assert_eq!(tries(&h), Ok(2));
    let wrong = read(&h, &app, "9999").expect_err("wrong PIN");
    assert_eq!(wrong.args.get("tries").map(String::as_str), Some("1"));
    let refused = read(&h, &app, "1234").expect_err("the last try is not spent");
    assert_eq!(refused.code, "card-error-last-try");
    assert_eq!(
        card.pins_sent(),
        2,
        "no PIN went to the card at one try left"
    );
    assert_eq!(tries(&h), Ok(1), "the card keeps its last try");
    card.assert_never_selected_the_individual_number();
}

#[test]
fn no_card_and_a_pin_that_is_not_four_digits_each_say_so() {
    let Some(_reader) = VirtualReader::take() else {
        return;
    };
    let h = card_kiosk();
    let app = complete_application();
    let none = tries(&h).expect_err("no card");
    assert_eq!(none.code, "card-error-no-card");
    let bad = read(&h, &app, "12a4").expect_err("not four digits");
    assert_eq!(bad.code, "card-error-pin-format");
}

#[test]
fn a_blocked_card_says_so_and_is_not_tried() {
    let Some(reader) = VirtualReader::take() else {
        return;
    };
    let h = card_kiosk();
    let app = complete_application();
    let card = reader.put(&["--tries", "0"]);
    assert_eq!(tries(&h), Ok(0));
    assert_eq!(
        read(&h, &app, "1234").expect_err("blocked").code,
        "card-error-blocked"
    );
    assert_eq!(card.pins_sent(), 0);
}

#[test]
fn another_card_is_not_taken_for_a_my_number_card() {
    let Some(reader) = VirtualReader::take() else {
        return;
    };
    let h = card_kiosk();
    let app = complete_application();
    let card = reader.put(&["--other-card"]);
    assert_eq!(
        tries(&h).expect_err("other").code,
        "card-error-not-my-number"
    );
    assert_eq!(
        read(&h, &app, "1234").expect_err("other").code,
        "card-error-not-my-number"
    );
    assert_eq!(card.pins_sent(), 0);
}

#[test]
fn a_card_taken_away_mid_read_leaves_the_form_as_it_was() {
    let Some(reader) = VirtualReader::take() else {
        return;
    };
    let h = card_kiosk();
    let card = reader.put(&["--gone-after-reads", "1"]);
    let e = read(&h, &complete_application(), "1234").expect_err("the card left");
    assert!(
        ["card-error-removed", "card-error-no-card"].contains(&e.code.as_str()),
        "{e:?}"
    );
    card.assert_never_selected_the_individual_number();
}

#[test]
fn without_the_setting_no_card_is_offered() {
    let Some(_reader) = VirtualReader::take() else {
        return;
    };
    let h = harness_with(true, "");
    assert_eq!(h.invoke("card_reader_present", json!({})), Ok(json!(false)));
}
