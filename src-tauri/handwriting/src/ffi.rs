//! libzinnia's C interface (`zinnia.h`), and the only `unsafe` of the kiosk: each wrapper owns
//! one C object, frees it on drop, and checks every pointer and index the library returns.
#![allow(unsafe_code)]

use std::ffi::{c_char, c_float, c_int, CStr, CString};
use std::os::raw::c_void;
use std::ptr::NonNull;

#[repr(C)]
struct RawRecognizer(c_void);
#[repr(C)]
struct RawCharacter(c_void);
#[repr(C)]
struct RawResult(c_void);

#[link(name = "zinnia")]
extern "C" {
    fn zinnia_recognizer_new() -> *mut RawRecognizer;
    fn zinnia_recognizer_destroy(r: *mut RawRecognizer);
    fn zinnia_recognizer_open(r: *mut RawRecognizer, filename: *const c_char) -> c_int;
    fn zinnia_recognizer_strerror(r: *mut RawRecognizer) -> *const c_char;
    fn zinnia_recognizer_classify(
        r: *mut RawRecognizer,
        c: *const RawCharacter,
        nbest: usize,
    ) -> *mut RawResult;

    fn zinnia_character_new() -> *mut RawCharacter;
    fn zinnia_character_destroy(c: *mut RawCharacter);
    fn zinnia_character_set_width(c: *mut RawCharacter, width: usize);
    fn zinnia_character_set_height(c: *mut RawCharacter, height: usize);
    fn zinnia_character_add(c: *mut RawCharacter, id: usize, x: c_int, y: c_int) -> c_int;

    fn zinnia_result_value(r: *mut RawResult, i: usize) -> *const c_char;
    fn zinnia_result_score(r: *mut RawResult, i: usize) -> c_float;
    fn zinnia_result_size(r: *mut RawResult) -> usize;
    fn zinnia_result_destroy(r: *mut RawResult);
}

/// An open model. Only `&mut` reaches the C object, so it is never used from two threads at
/// once; it may move between threads (the library keeps no thread-local state).
pub struct Model(NonNull<RawRecognizer>);

// SAFETY: the recogniser is a heap object with no thread affinity; `Model` hands out no shared
// access (every call takes `&mut self`), so moving it to another thread is sound.
unsafe impl Send for Model {}

impl Model {
    /// Opens a model file; the error is the library's own words.
    pub fn open(path: &CStr) -> Result<Model, String> {
        // SAFETY: no arguments; a null return is handled.
        let raw = NonNull::new(unsafe { zinnia_recognizer_new() })
            .ok_or_else(|| "libzinnia could not allocate a recogniser".to_owned())?;
        let model = Model(raw);
        // SAFETY: `raw` is a live recogniser and `path` a NUL-terminated string that outlives
        // the call.
        let opened = unsafe { zinnia_recognizer_open(model.0.as_ptr(), path.as_ptr()) };
        if opened == 0 {
            // SAFETY: the recogniser is live; the message is copied before anything else runs.
            let why = unsafe { text(zinnia_recognizer_strerror(model.0.as_ptr())) };
            return Err(why.unwrap_or_else(|| "the model could not be opened".to_owned()));
        }
        Ok(model)
    }

    /// The `nbest` likeliest characters for these strokes, best first, with their scores.
    pub fn classify(
        &mut self,
        width: u32,
        height: u32,
        strokes: &[Vec<(i32, i32)>],
        nbest: usize,
    ) -> Result<Vec<(String, f32)>, String> {
        let character = Character::new(width, height)?;
        for (id, stroke) in strokes.iter().enumerate() {
            for &(x, y) in stroke {
                // SAFETY: `character` is live for this whole function.
                if unsafe { zinnia_character_add(character.0.as_ptr(), id, x, y) } == 0 {
                    return Err("libzinnia refused a point".to_owned());
                }
            }
        }
        // SAFETY: both objects are live; a null result (nothing recognised) is handled.
        let result =
            unsafe { zinnia_recognizer_classify(self.0.as_ptr(), character.0.as_ptr(), nbest) };
        let Some(result) = NonNull::new(result).map(ResultList) else {
            return Ok(Vec::new());
        };
        // SAFETY: `result` is live until dropped at the end of this function; every index is
        // below the size the library reports, and each value is copied out at once.
        let size = unsafe { zinnia_result_size(result.0.as_ptr()) };
        let mut out = Vec::with_capacity(size);
        for i in 0..size {
            let value = unsafe { text(zinnia_result_value(result.0.as_ptr(), i)) };
            let score = unsafe { zinnia_result_score(result.0.as_ptr(), i) };
            if let Some(value) = value {
                out.push((value, score));
            }
        }
        Ok(out)
    }
}

impl Drop for Model {
    fn drop(&mut self) {
        // SAFETY: created by zinnia_recognizer_new and destroyed exactly once, here.
        unsafe { zinnia_recognizer_destroy(self.0.as_ptr()) }
    }
}

struct Character(NonNull<RawCharacter>);

impl Character {
    fn new(width: u32, height: u32) -> Result<Character, String> {
        // SAFETY: no arguments; a null return is handled.
        let raw = NonNull::new(unsafe { zinnia_character_new() })
            .ok_or_else(|| "libzinnia could not allocate a character".to_owned())?;
        // SAFETY: `raw` is live.
        unsafe {
            zinnia_character_set_width(raw.as_ptr(), width as usize);
            zinnia_character_set_height(raw.as_ptr(), height as usize);
        }
        Ok(Character(raw))
    }
}

impl Drop for Character {
    fn drop(&mut self) {
        // SAFETY: created by zinnia_character_new and destroyed exactly once, here.
        unsafe { zinnia_character_destroy(self.0.as_ptr()) }
    }
}

struct ResultList(NonNull<RawResult>);

impl Drop for ResultList {
    fn drop(&mut self) {
        // SAFETY: returned by zinnia_recognizer_classify and destroyed exactly once, here.
        unsafe { zinnia_result_destroy(self.0.as_ptr()) }
    }
}

/// A C string the library owns, copied; `None` for a null pointer or text that is not UTF-8.
///
/// # Safety
/// `ptr` is null or points to a NUL-terminated string that stays valid during the call.
unsafe fn text(ptr: *const c_char) -> Option<String> {
    if ptr.is_null() {
        return None;
    }
    // SAFETY: non-null and NUL-terminated by the caller's promise.
    let c = unsafe { CStr::from_ptr(ptr) };
    c.to_str().ok().map(str::to_owned)
}

/// A path as the C library wants it.
pub fn c_path(path: &std::path::Path) -> Option<CString> {
    use std::os::unix::ffi::OsStrExt;
    CString::new(path.as_os_str().as_bytes()).ok()
}
