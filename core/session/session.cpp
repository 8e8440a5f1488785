#include "session/session.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace th::session {

using trace::Granularity;

Session::Session() : m_empty(trace::InitialState({}, trace::Profile::Node)) {}
Session::~Session() = default;

bool Session::Load(std::vector<trace::SourceFile> files, const runtime::RunOptions& options, th::Diagnostic* error) {
  auto trace = std::make_unique<trace::Trace>(files, options.profile);
  auto run = std::make_unique<agents::ProgramRun>(std::move(files), options, trace.get(), nullptr);
  LoadTrace(std::move(trace));
  m_run = std::move(run);
  return m_run->Start(error);
}

bool Session::Advance(std::uint64_t instruction_budget) {
  if (!m_run) return true;
  const bool complete = m_run->Advance(instruction_budget);
  // Checkpoint what was just computed, so every step stays quick to reach.
  if (!ComputingInParallel()) m_seeker->CatchUp();
  return complete;
}

void Session::LoadTrace(std::unique_ptr<trace::Trace> trace) {
  m_run.reset();
  m_seeker.reset();
  m_trace = std::move(trace);
  if (m_trace) m_seeker = std::make_unique<trace::Seeker>(*m_trace);
  m_step = 0;
  m_playing = false;
  m_play_credit = 0;
}

void Session::MoveTo(std::size_t step) { m_step = std::min(step, StepCount()); }

void Session::Apply(const Command& command) {
  if (!m_trace || ComputingInParallel()) return;
  const trace::Trace& trace = *m_trace;
  switch (command.kind) {
    case CommandKind::Reset: MoveTo(0); break;
    case CommandKind::StepBack: MoveTo(trace.PreviousStep(m_step, Granularity::Statement)); break;
    case CommandKind::StepForward: MoveTo(trace.NextStep(m_step, Granularity::Statement)); break;
    case CommandKind::EventBack: MoveTo(trace.PreviousStep(m_step, Granularity::Event)); break;
    case CommandKind::EventForward: MoveTo(trace.NextStep(m_step, Granularity::Event)); break;
    case CommandKind::TaskBack: MoveTo(trace.PreviousStep(m_step, Granularity::Task)); break;
    case CommandKind::TaskForward: MoveTo(trace.NextStep(m_step, Granularity::Task)); break;
    case CommandKind::ToEnd: MoveTo(StepCount()); break;
    case CommandKind::SeekTo: MoveTo(static_cast<std::size_t>(std::max<std::int64_t>(command.step, 0))); break;
    case CommandKind::Play:
      if (command.speed > 0) m_speed = command.speed;
      m_playing = m_step < StepCount();
      m_play_credit = 0;
      break;
    case CommandKind::Pause: m_playing = false; break;
  }
  // Any move by hand stops playback, as in a video player.
  if (command.kind != CommandKind::Play && command.kind != CommandKind::Pause) m_playing = false;
}

bool Session::Update(double seconds) {
  if (!m_playing || !m_trace || ComputingInParallel()) return false;
  m_play_credit += seconds * m_speed;
  const double whole = std::floor(m_play_credit);
  if (whole < 1) return false;
  m_play_credit -= whole;
  const std::size_t before = m_step;
  // Playing moves a statement at a time, so a learner sees every line run.
  for (double i = 0; i < whole && m_step < StepCount(); ++i) {
    MoveTo(m_trace->NextStep(m_step, Granularity::Statement));
  }
  if (m_step >= StepCount()) m_playing = false;
  return m_step != before;
}

const trace::State& Session::Current() {
  if (!m_seeker || ComputingInParallel()) return m_empty;
  return m_seeker->Seek(m_step);
}

}  // namespace th::session
