//! Per-operation costs of the kiosk's offline reference data and its receipt QR code
//! (issue 6): a postcode lookup as 住所を検索 runs it, loading the book at start, and the QR SVG
//! shown on 完了. `scripts/bench` runs this with `cargo bench -p madoguchi-core`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use madoguchi_core::postcode::PostcodeBook;

const BOOK: &[u8] = include_bytes!("../../data/postcodes.bin");

/// A continuation URL as the kiosk makes it: the public URL, `/c/`, 43 base64url characters.
const CONTINUATION_URL: &str =
    "https://madoguchi.example.lg.jp/c/q2Zt8Hc0aN4mV7kR1yWbE5sJ9uXpL3dF6gT0oYiQwCe";

fn quick() -> bool {
    std::env::var_os("MADOGUCHI_BENCH_QUICK").is_some()
}

fn config() -> Criterion {
    let c = Criterion::default().configure_from_args();
    if quick() {
        c.warm_up_time(Duration::from_millis(200))
            .measurement_time(Duration::from_millis(500))
            .sample_size(10)
    } else {
        c.warm_up_time(Duration::from_secs(2))
            .measurement_time(Duration::from_secs(5))
            .sample_size(60)
    }
}

fn postcode(c: &mut Criterion) {
    let book = PostcodeBook::from_bytes(BOOK).expect("data/postcodes.bin is a postcode book");
    // 〒100-0001 千代田区千代田 (one town); 〒060-0000 (札幌市中央区, the 「以下に掲載がない場合」 code);
    // 〒999-9999 does not exist.
    c.bench_function("postcode/lookup hit", |b| {
        b.iter(|| book.lookup(black_box("1000001")))
    });
    let multi = first_code_with_several(&book);
    c.bench_function("postcode/lookup several towns", |b| {
        b.iter(|| book.lookup(black_box(&multi)))
    });
    c.bench_function("postcode/lookup miss", |b| {
        b.iter(|| book.lookup(black_box("9999999")))
    });
    c.bench_function("postcode/contains", |b| {
        b.iter(|| book.contains(black_box("1000001")))
    });
    c.bench_function("postcode/load book (kiosk start)", |b| {
        b.iter(|| PostcodeBook::from_bytes(black_box(BOOK)))
    });
}

/// A real code with more than one town, found in the book rather than hard-coded.
fn first_code_with_several(book: &PostcodeBook) -> String {
    (0..10_000_000u32)
        .map(|n| format!("{n:07}"))
        .find(|code| book.lookup(code).len() > 1)
        .expect("some postcode stands for several towns")
}

fn qr(c: &mut Criterion) {
    c.bench_function("qr/svg continuation url", |b| {
        b.iter(|| madoguchi_core::qr::svg(black_box(CONTINUATION_URL)))
    });
}

criterion_group! {
    name = benches;
    config = config();
    targets = postcode, qr
}
criterion_main!(benches);
