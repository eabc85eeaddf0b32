//! Record and replay: responses keyed by the order in which sessions first asked the model, since
//! session ids differ between runs.

use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use super::{ModelError, ModelResponse, TextSink};

#[derive(Serialize, Deserialize)]
struct Line<R> {
    session: usize,
    response: R,
}

/// Session id -> 0-based order of first request.
#[derive(Default)]
struct SessionOrder(HashMap<String, usize>);

impl SessionOrder {
    fn ordinal(&mut self, session_id: &str) -> usize {
        let next = self.0.len();
        *self.0.entry(session_id.to_string()).or_insert(next)
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

    pub(super) fn ordinal(&self, session_id: &str) -> usize {
        self.lock().0.ordinal(session_id)
    }

    pub(super) fn append(&self, session: usize, response: &ModelResponse) -> Result<(), ModelError> {
        let mut line = serde_json::to_string(&Line { session, response })
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

pub(super) struct Replayer {
    path: PathBuf,
    state: Mutex<(SessionOrder, HashMap<usize, VecDeque<ModelResponse>>)>,
}

impl Replayer {
    pub(super) fn open(path: &Path) -> Result<Self, ModelError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ModelError::fatal(format!("cannot read replay file {}: {e}", path.display())))?;
        let mut sessions: HashMap<usize, VecDeque<ModelResponse>> = HashMap::new();
        for (number, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let line: Line<ModelResponse> = serde_json::from_str(line)
                .map_err(|e| ModelError::fatal(format!("replay file {} line {}: {e}", path.display(), number + 1)))?;
            sessions.entry(line.session).or_default().push_back(line.response);
        }
        Ok(Replayer {
            path: path.to_path_buf(),
            state: Mutex::new((SessionOrder::default(), sessions)),
        })
    }

    pub(super) fn next(&self, session_id: &str, on_text: TextSink<'_>) -> Result<ModelResponse, ModelError> {
        let response = {
            let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
            let session = state.0.ordinal(session_id);
            state.1.get_mut(&session).and_then(VecDeque::pop_front).ok_or_else(|| {
                ModelError::fatal(format!(
                    "replay file {} has no more responses for session {session}",
                    self.path.display()
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
