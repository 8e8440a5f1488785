#include "ui/analogies.h"

#include "trace/trace.h"

namespace th::ui {

const char* StepAnalogy(const trace::Trace* trace, std::size_t step) {
  if (!trace || step == 0 || step > trace->Size()) {
    return "The blueprint is ready: nothing is built yet. Press Step and the worker starts following it.";
  }
  using trace::EventKind;
  switch (trace->At(step - 1).kind) {
    case EventKind::ScriptStart: return "The house is built and the worker starts following the blueprint from the top.";
    case EventKind::ScriptEnd: return "The worker has read the whole blueprint; now the house manager hands out the chores, urgent ones first.";
    case EventKind::CallPush:
      return trace->At(step - 1).c == 1 ? "The worker picks up a job they had set aside, at the bookmark they left in it."
                                        : "The worker starts a new job and puts it on top of the pile in their hands.";
    case EventKind::CallPop:
      return trace->At(step - 1).c == 1 ? "The worker hands over one result and sets the job aside with a bookmark in it."
                                        : "That job is done: it comes off the pile in the worker's hands.";
    case EventKind::Line: return "The worker follows the next line of the blueprint.";
    case EventKind::Console: return "The house reports what it did.";
    case EventKind::TimerSet: return "The worker sets a kitchen timer and moves on: nobody stands at the sink while the water boils.";
    case EventKind::TimerCleared: return "The kitchen timer is switched off: that chore will never happen.";
    case EventKind::TimerFired: return "The kitchen timer rings: its chore joins the list of scheduled chores.";
    case EventKind::TaskEnqueue: return "A scheduled chore (laundry, groceries) joins its list and waits its turn.";
    case EventKind::TaskRun: return "The worker's hands are free and no urgent chore is left, so they take the next scheduled chore.";
    case EventKind::TaskCancel: return "A scheduled chore is called off: it comes off the list before the worker gets to it.";
    case EventKind::TaskEnd: return "The scheduled chore is done; before the next one, every urgent chore gets done.";
    case EventKind::MicrotaskEnqueue: return "An urgent chore (check the mailbox) goes on the list: it comes before any scheduled chore.";
    case EventKind::MicrotaskRun: return "The worker does an urgent chore: check the mailbox before the laundry.";
    case EventKind::MicrotaskEnd: return "That urgent chore is done; the next urgent one comes first, if any.";
    case EventKind::PromiseState: return "A promise keeps its word: whoever waited on it gets an urgent chore.";
    case EventKind::AwaitSuspend: return "The job waits for an answer: the worker puts it aside and carries on with something else.";
    case EventKind::AwaitResume: return "The answer is here: the worker picks the job back up where it was left.";
    case EventKind::AgentSpawn: return "Another worker (a thread) or another house next door (a process) starts up.";
    case EventKind::AgentExit: return "A worker goes home, or a house next door closes.";
    case EventKind::MessageSend: return "A note goes over by walkie-talkie: the other side gets a copy, not the original.";
    case EventKind::MessageReceive: return "A note arrives from next door and joins the list of scheduled chores.";
    case EventKind::WorkBegin: return "The worker is stuck at one long job (the function that takes 5 minutes): nothing else gets done.";
    case EventKind::WorkEnd: return "The long job is finally done; the worker is free again.";
    case EventKind::AtomicsWait: return "The worker dozes off by the shared whiteboard until someone taps them on the shoulder.";
    case EventKind::AtomicsWake: return "A tap on the shoulder (or the alarm clock): the worker wakes and carries on.";
    case EventKind::IoBegin: return "An errand goes out of the house (the groceries): the worker does not wait at the door.";
    case EventKind::IoEnd: return "The errand is back: its result waits for the worker.";
    case EventKind::LoopPhase: return "The house manager moves on to the next list of chores.";
    case EventKind::Error: return "Something went wrong in this house: a fire in one house does not burn the others.";
    case EventKind::RunEnd: return "Everyone left is waiting by the walkie-talkie for a note that nobody will send.";
  }
  return "";
}

}  // namespace th::ui
