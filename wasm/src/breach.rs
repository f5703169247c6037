//! The network side of the breach check: `fetch` (browsers, Workers and Node ≥ 20 all have it),
//! a timeout through `AbortController`, one request per prefix in flight, and the core's
//! [`RangeCache`]. Only the 5-hex prefix is sent; hashing and matching happen in the core.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{
    AbortController, Headers, ReferrerPolicy, Request, RequestCache, RequestCredentials, RequestInit,
    Response,
};

use passgate::breach::{decide, BreachConfig, BreachResult, FetchOutcome, RangeCache, RangeQuery};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = fetch)]
    fn fetch_request(request: &Request) -> Promise;
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &JsValue, ms: u32) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
}

/// Range requests for one checker: its settings, its cache and the requests in flight.
pub struct BreachClient {
    config: BreachConfig,
    cache: RefCell<RangeCache>,
    /// Prefix → a promise of the encoded [`FetchOutcome`], shared by concurrent callers.
    in_flight: RefCell<HashMap<String, Promise>>,
}

impl BreachClient {
    pub fn new(config: BreachConfig) -> Rc<Self> {
        Rc::new(Self { config, cache: RefCell::default(), in_flight: RefCell::default() })
    }

    /// Checks `password`; the future never fails (every fault is an "unknown" verdict).
    pub async fn check(self: Rc<Self>, password: zeroize::Zeroizing<String>) -> BreachResult {
        let query = self.config.query(&password);
        drop(password);
        if let Some(body) = self.cache.borrow().get(query.mode(), query.prefix()) {
            return decide(&query, FetchOutcome::Response { status: 200, body: body.to_owned() });
        }
        let shared = self.shared_request(&query);
        let outcome = decode_outcome(JsFuture::from(shared).await);
        if let FetchOutcome::Response { status: 200..=299, body } = &outcome {
            self.cache.borrow_mut().insert_if_valid(query.mode(), query.prefix(), body);
        }
        decide(&query, outcome)
    }

    /// The in-flight request for this prefix, started if there is none.
    fn shared_request(self: &Rc<Self>, query: &RangeQuery) -> Promise {
        let prefix = query.prefix().to_owned();
        if let Some(promise) = self.in_flight.borrow().get(&prefix) {
            return promise.clone();
        }
        let client = Rc::clone(self);
        let url = self.config.range_url(&prefix);
        let key = prefix.clone();
        let promise = future_to_promise(async move {
            let outcome =
                fetch_range(&url, client.config.sends_padding_header(), client.config.timeout_ms()).await;
            client.in_flight.borrow_mut().remove(&key);
            Ok(encode_outcome(outcome))
        });
        self.in_flight.borrow_mut().insert(prefix, promise.clone());
        promise
    }
}

/// One GET of a range, with the privacy settings of SECURITY.md, "The range protocol".
async fn fetch_range(url: &str, padding: bool, timeout_ms: u32) -> FetchOutcome {
    let Ok(controller) = AbortController::new() else { return FetchOutcome::Network };
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_cache(RequestCache::NoStore);
    init.set_referrer_policy(ReferrerPolicy::NoReferrer);
    init.set_credentials(RequestCredentials::Omit);
    init.set_signal(Some(&controller.signal()));
    if padding {
        let Ok(headers) = Headers::new() else { return FetchOutcome::Network };
        if headers.set("Add-Padding", "true").is_err() {
            return FetchOutcome::Network;
        }
        init.set_headers(&headers);
    }
    let Ok(request) = Request::new_with_str_and_init(url, &init) else { return FetchOutcome::Network };

    let timed_out = Rc::new(RefCell::new(false));
    let on_timeout = {
        let (timed_out, controller) = (Rc::clone(&timed_out), controller.clone());
        Closure::once_into_js(move || {
            *timed_out.borrow_mut() = true;
            controller.abort();
        })
    };
    let timer = set_timeout(&on_timeout, timeout_ms);
    let outcome = read_response(&request).await;
    clear_timeout(&timer);
    match outcome {
        Some(outcome) => outcome,
        None if *timed_out.borrow() => FetchOutcome::Timeout,
        None => FetchOutcome::Network,
    }
}

/// Status and body text, or `None` if the request or the body read failed.
async fn read_response(request: &Request) -> Option<FetchOutcome> {
    let response: Response = JsFuture::from(fetch_request(request)).await.ok()?.dyn_into().ok()?;
    let status = response.status();
    let body = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    Some(FetchOutcome::Response { status, body })
}

/// Shared promises carry the outcome as `[status, body]`, `"timeout"` or `"network"`.
fn encode_outcome(outcome: FetchOutcome) -> JsValue {
    match outcome {
        FetchOutcome::Response { status, body } => {
            Array::of2(&JsValue::from(status), &JsValue::from(body)).into()
        }
        FetchOutcome::Timeout => JsValue::from_str("timeout"),
        FetchOutcome::Network => JsValue::from_str("network"),
    }
}

fn decode_outcome(value: Result<JsValue, JsValue>) -> FetchOutcome {
    let Ok(value) = value else { return FetchOutcome::Network };
    if value.as_string().as_deref() == Some("timeout") {
        return FetchOutcome::Timeout;
    }
    let Ok(parts) = value.dyn_into::<Array>() else { return FetchOutcome::Network };
    let status = parts.get(0).as_f64().and_then(|s| u16::try_from(s as u32).ok());
    match (status, parts.get(1).as_string()) {
        (Some(status), Some(body)) => FetchOutcome::Response { status, body },
        _ => FetchOutcome::Network,
    }
}
