#!/bin/sh
# The plan and the protocol show the project timeline as a Gantt chart in
# a table (a row a milestone, a column a year, a block a quarter: dark
# where the milestone runs) from the milestones' dates, and the plan shows
# the participant timeline (SPIRIT: enrolment, allocation, each measure at
# each time point).  Without dated milestones there is no chart.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
demo=$top_srcdir/examples/demo-plan.yaml
"$EVALWIZ" render "$demo" -o plan.md 2>/dev/null
has plan.md '^| Milestone | 2027 | 2028 | 2029 | 2030 | 2031 | 2032 | 2033 | 2034 |$'
# 1 Sep 2027 to 31 Aug 2028: the third and fourth quarters, then three
has plan.md '^| Process study and pilot impact study | ░░██ | ███░ | ░░░░ | ░░░░ | ░░░░ | ░░░░ | ░░░░ | ░░░░ |$'
# a milestone of one day is one quarter
has plan.md '^| Process study and pilot report; progression decision | ░░░░ | ░░░█ | ░░░░ |'
has plan.md '^| Recruitment and allocation | ░░░░ | ░░░░ | ░░██ | ████ | ████ | ████ | ░░░░ | ░░░░ |$'
has plan.md "^Each year's four blocks are its quarters"
has plan.md '^\*\*Participant timeline:\*\*$'
# the stages are rows of their own: the column of what happens has the room
has plan.md '^| Stage | Before allocation | Allocation |'
has plan.md '^| \*\*Enrolment\*\* | |'
has plan.md '^| Eligibility screen | X |'
has plan.md '^| Allocation |  | X |'
has plan.md '^| Comparison group: a waiting list |  | X | X | offered |'
"$EVALWIZ" render "$demo" -t protocol -o protocol.md 2>/dev/null
has protocol.md '^| Analysis and final report | ░░░░ | ░░░░ | ░░░░ | ░░░░ | ░░░░ | ░░░░ | ░░██ | █░░░ |$'

# milestones without dates, or none: no chart
sed 's/^        start: 20..-..-..$/        start: soon/; s/^        finish: 20..-..-..$/        finish: later/' "$demo" > undated.yaml
"$EVALWIZ" render undated.yaml -o undated.md 2>/dev/null
has undated.md '^| Process study and pilot impact study | soon | later |$'
lacks undated.md '░'
"$EVALWIZ" new empty.yaml 2>/dev/null
"$EVALWIZ" render empty.yaml -o empty.md 2>/dev/null
lacks empty.md 'Project timeline'
exit 0
