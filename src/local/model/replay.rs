//! Record and replay. An engine session's responses are keyed by the order in which sessions
//! first asked the model, since session ids differ between runs, and a subagent thread's also by
//! its place among the session's threads (`SESSION_ID#N` asks for the Nth), since threads ask at
//! once; a general API call's answer
//! (`/v1/messages`, `count_tokens`) by its request, so that calls made at once replay alike.

use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{ModelError, ModelResponse, TextSink};

/// A session's response: `{"session": N, "thread": T, "model": M, "response": {...}}`.
#[derive(Serialize, Deserialize)]
struct SessionLine<R> {
    session: usize,
    /// The subagent thread's place among its session's threads (1-based); absent for the
    /// primary thread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    thread: Option<usize>,
    /// The model the agent named (absent in recordings made before it was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    model: Option<String>,
    response: R,
}

/// Which general API call a line answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Call {
    Messages,
    CountTokens,
}

/// A general API call's answer: `{"call": "messages", "request": KEY, "model": M, "response": {...}}`.
#[derive(Serialize, Deserialize)]
struct CallLine<R> {
    call: Call,
    request: String,
    model: String,
    response: R,
}

/// The key of a call's request: a hash of its canonical JSON, leaving out `stream` (a recorded
/// answer plays back streamed or whole).
pub(super) fn request_key(body: &Map<String, Value>) -> String {
    let mut body = body.clone();
    body.remove("stream");
    crate::template::canon::hash(&Value::Object(body))
}

/// Where a response belongs: the session's order of first request, and its thread's place.
pub(super) type Slot = (usize, Option<usize>);

/// Session id -> 0-based order of first request.
#[derive(Default)]
struct SessionOrder(HashMap<String, usize>);

impl SessionOrder {
    fn slot(&mut self, key: &str) -> Slot {
        let (session_id, thread) = match key.split_once('#') {
            Some((id, n)) => (id, n.parse().ok()),
            None => (key, None),
        };
        let next = self.0.len();
        (*self.0.entry(session_id.to_string()).or_insert(next), thread)
    }
}

pub(super) struct Recorder {
    path: PathBuf,
    state: Mutex<(SessionOrder, File)>,
}

impl Recorder {
    /// Starts a new recording: an earlier one at the same path would mix runs.
    pub(super) fn create(path: &Path) -> Result<Self, ModelError> {
        let file = File::create(path)
            .map_err(|e| ModelError::fatal(format!("cannot create record file {}: {e}", path.display())))?;
        Ok(Recorder {
            path: path.to_path_buf(),
            state: Mutex::new((SessionOrder::default(), file)),
        })
    }

    pub(super) fn slot(&self, session_id: &str) -> Slot {
        self.lock().0.slot(session_id)
    }

    pub(super) fn append(
        &self,
        (session, thread): Slot,
        model: &str,
        response: &ModelResponse,
    ) -> Result<(), ModelError> {
        self.write(&SessionLine {
            session,
            thread,
            model: Some(model.to_string()),
            response,
        })
    }

    pub(super) fn append_call(
        &self,
        call: Call,
        request: String,
        model: &str,
        response: &Value,
    ) -> Result<(), ModelError> {
        self.write(&CallLine {
            call,
            request,
            model: model.to_string(),
            response,
        })
    }

    fn write(&self, line: &impl Serialize) -> Result<(), ModelError> {
        let mut line = serde_json::to_string(line)
            .map_err(|e| ModelError::fatal(format!("cannot serialize a recorded response: {e}")))?;
        line.push('\n');
        let mut state = self.lock();
        // One write per line, flushed at once, so a crash leaves whole lines behind.
        state
            .1
            .write_all(line.as_bytes())
            .and_then(|()| state.1.flush())
            .map_err(|e| ModelError::fatal(format!("cannot write record file {}: {e}", self.path.display())))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (SessionOrder, File)> {
        // A panic elsewhere while holding the lock leaves the data usable.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[derive(Default)]
struct Recorded {
    order: SessionOrder,
    sessions: HashMap<Slot, VecDeque<ModelResponse>>,
    calls: HashMap<(Call, String), VecDeque<Value>>,
}

pub(super) struct Replayer {
    path: PathBuf,
    /// Every model the recording names, in the order first named.
    models: Vec<String>,
    state: Mutex<Recorded>,
}

impl Replayer {
    pub(super) fn open(path: &Path) -> Result<Self, ModelError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ModelError::fatal(format!("cannot read replay file {}: {e}", path.display())))?;
        let mut recorded = Recorded::default();
        let mut models: Vec<String> = Vec::new();
        for (number, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let bad = |e: serde_json::Error| {
                ModelError::fatal(format!("replay file {} line {}: {e}", path.display(), number + 1))
            };
            let value: Value = serde_json::from_str(line).map_err(bad)?;
            let model = if value.get("call").is_some() {
                let line: CallLine<Value> = serde_json::from_value(value).map_err(bad)?;
                let key = (line.call, line.request);
                recorded.calls.entry(key).or_default().push_back(line.response);
                Some(line.model)
            } else {
                let line: SessionLine<ModelResponse> = serde_json::from_value(value).map_err(bad)?;
                recorded
                    .sessions
                    .entry((line.session, line.thread))
                    .or_default()
                    .push_back(line.response);
                line.model
            };
            if let Some(model) = model.filter(|m| !models.contains(m)) {
                models.push(model);
            }
        }
        Ok(Replayer {
            path: path.to_path_buf(),
            models,
            state: Mutex::new(recorded),
        })
    }

    pub(super) fn path(&self) -> &Path {
        &self.path
    }

    pub(super) fn models(&self) -> &[String] {
        &self.models
    }

    /// The recorded answer to a call: identical requests get their answers in the order they
    /// were recorded, and the last one again once the others are used up.
    pub(super) fn call(&self, call: Call, request: &str) -> Option<Value> {
        let mut state = self.lock();
        let answers = state.calls.get_mut(&(call, request.to_string()))?;
        if answers.len() > 1 {
            answers.pop_front()
        } else {
            answers.front().cloned()
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Recorded> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(super) fn next(&self, session_id: &str, on_text: TextSink<'_>) -> Result<ModelResponse, ModelError> {
        let response = {
            let mut state = self.lock();
            let slot = state.order.slot(session_id);
            state
                .sessions
                .get_mut(&slot)
                .and_then(VecDeque::pop_front)
                .ok_or_else(|| {
                    let thread = slot.1.map(|t| format!(" thread {t}")).unwrap_or_default();
                    ModelError::fatal(format!(
                        "replay file {} has no more responses for session {}{thread}",
                        self.path.display(),
                        slot.0
                    ))
                })?
        };
        // Previews as a live stream would give them, one piece per text block.
        for (index, block) in response.content.iter().enumerate() {
            if block.get("type").and_then(|t| t.as_str()) == Some("text")
                && let Some(text) = block.get("text").and_then(|t| t.as_str())
            {
                on_text(index, text);
            }
        }
        Ok(response)
    }
}
