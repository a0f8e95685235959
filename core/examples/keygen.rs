//! Prints a fresh envelope key pair (private, then public), base64url. The server's own
//! `keygen` writes them to files; this is for making demo configurations.

use rand_core::{OsRng, TryRngCore as _};

fn main() {
    let (private, public) = madoguchi_core::envelope::generate_keypair(&mut OsRng.unwrap_err());
    println!("{}\n{}", private.to_base64(), public.to_base64());
}
