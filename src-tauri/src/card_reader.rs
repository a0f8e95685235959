//! The kiosk's card reader, through PC/SC (pcscd): the one place that talks to it.
//!
//! It only moves bytes: which commands go to the My Number card, in which order, and what the
//! answers mean is `madoguchi_core::my_number_card`, tested without a reader. Here the reader's
//! failures become the visitor's messages ([`CardError`]): no reader, no card, a card taken
//! away. Nothing is logged but the error's code; the bytes exchanged are never kept.

use madoguchi_core::my_number_card::{CardError, CardLink};
use pcsc::{Card, Context, Disposition, Protocols, Scope, ShareMode};

/// A connection to the card on the reader, held exclusively while one reading runs.
pub struct PcscLink {
    card: Option<Card>,
}

impl CardLink for PcscLink {
    fn transmit(&mut self, command: &[u8]) -> Result<Vec<u8>, CardError> {
        let card = self.card.as_ref().ok_or(CardError::Removed)?;
        let mut answer = [0u8; pcsc::MAX_BUFFER_SIZE];
        // A failure in the middle of an exchange the card had begun is the card gone (moved
        // away, or taken before the reading ended), unless the reader itself went.
        let got = card
            .transmit(command, &mut answer)
            .map_err(|e| match card_error(e) {
                CardError::Reader => CardError::Removed,
                other => other,
            })?;
        Ok(got.to_vec())
    }
}

impl Drop for PcscLink {
    /// Resets the card on leaving: its PIN is no longer verified for whoever comes next.
    fn drop(&mut self) {
        if let Some(card) = self.card.take() {
            let _ = card.disconnect(Disposition::ResetCard);
        }
    }
}

/// What a PC/SC failure means for the visitor.
fn card_error(e: pcsc::Error) -> CardError {
    use pcsc::Error as E;
    match e {
        E::NoReadersAvailable
        | E::UnknownReader
        | E::ReaderUnavailable
        | E::NoService
        | E::ServiceStopped => CardError::NoReader,
        E::NoSmartcard => CardError::NoCard,
        // A card that leaves in the middle of an exchange: the exchange is not completed.
        E::RemovedCard
        | E::ResetCard
        | E::UnpoweredCard
        | E::UnresponsiveCard
        | E::NotTransacted
        | E::CommError => CardError::Removed,
        E::UnsupportedCard | E::CardUnsupported => CardError::NotMyNumberCard,
        _ => CardError::Reader,
    }
}

fn readers(context: &Context) -> Result<Vec<std::ffi::CString>, CardError> {
    let readers = context.list_readers_owned().map_err(card_error)?;
    if readers.is_empty() {
        return Err(CardError::NoReader);
    }
    Ok(readers)
}

/// Whether pcscd answers and has at least one reader connected.
pub fn reader_present() -> bool {
    Context::establish(Scope::User)
        .map_err(card_error)
        .and_then(|c| readers(&c))
        .is_ok()
}

/// Connects, exclusively, to the first reader that holds a card.
pub fn connect() -> Result<PcscLink, CardError> {
    let context = Context::establish(Scope::User).map_err(card_error)?;
    let mut last = CardError::NoCard;
    for reader in readers(&context)? {
        match context.connect(&reader, ShareMode::Exclusive, Protocols::ANY) {
            Ok(card) => return Ok(PcscLink { card: Some(card) }),
            Err(e) => {
                let e = card_error(e);
                if e != CardError::NoCard {
                    last = e;
                }
            }
        }
    }
    Err(last)
}
