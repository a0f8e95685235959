//! Scripts the test and benchmark hosts run in the kiosk's page, written once.

/// An asynchronous WebDriver script (`execute_async`, the element as its first argument) that
/// resolves once the element has kept its place on the screen from one frame to the next, or
/// after a second. A tap aimed while the page still moves (the on-screen keyboard opening or
/// closing, a field scrolled into view) lands on whatever has moved there: the soak benchmark
/// once lost a visitor to 「名前は一つだけ」 ticked by a tap meant for the field below it.
pub const SETTLED: &str = r#"
const e = arguments[0], done = arguments[arguments.length - 1];
let last = null, over = false;
const finish = () => { if (!over) { over = true; done(true); } };
// A page that paints no frame (nothing changes) still lets the tap go after a second.
setTimeout(finish, 1000);
const look = () => {
  if (over) return;
  const r = e.getBoundingClientRect();
  const place = `${r.left},${r.top},${r.width},${r.height},${window.scrollY}`;
  if (place === last) { finish(); return; }
  last = place;
  requestAnimationFrame(look);
};
requestAnimationFrame(look);
"#;
