//! Links libzinnia (Debian: libzinnia-dev), found through pkg-config.

fn main() {
    if let Err(e) = pkg_config::Config::new().probe("zinnia") {
        // Without pkg-config's file, the library's usual name still links on Debian.
        println!("cargo:warning=zinnia not found by pkg-config ({e}); linking -lzinnia");
        println!("cargo:rustc-link-lib=dylib=zinnia");
        println!("cargo:rustc-link-lib=dylib=stdc++");
    }
}
