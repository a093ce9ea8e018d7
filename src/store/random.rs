//! Secure random bytes from the platform: WebCrypto's `getRandomValues` in the browser,
//! the operating system natively (tests).

#[derive(Debug)]
pub struct NoRandomness;

#[cfg(target_arch = "wasm32")]
pub fn fill(buf: &mut [u8]) -> Result<(), NoRandomness> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(NoRandomness)?;
    crypto
        .get_random_values_with_u8_array(buf)
        .map(|_| ())
        .map_err(|_| NoRandomness)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn fill(buf: &mut [u8]) -> Result<(), NoRandomness> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(buf))
        .map_err(|_| NoRandomness)
}

pub fn bytes<const N: usize>() -> Result<[u8; N], NoRandomness> {
    let mut b = [0u8; N];
    fill(&mut b)?;
    Ok(b)
}
