import { permanentRedirect } from "next/navigation";

// The list of meetings is the timeline filtered to meetings and calls: an address shortened to /meetings lands there.
export default function MeetingsPage() {
  permanentRedirect("/timeline?kind=meeting&kind=call&kind=planned&kind=canceled");
}
