#pragma once
/// \file control_names.h
/// The names (wxWindow::SetName) of the main window's panes and controls: what accessibility tools
/// and the GUI tests find them by (wxWindow::FindWindowByName), so no pane hands out its widgets.

namespace ikit::control_name {

inline constexpr char kBankPane[] = "bank_pane";                       ///< BankPanel
inline constexpr char kBankSearch[] = "bank_search";                   ///< the bank's search box
inline constexpr char kBankList[] = "bank_list";                       ///< the bank's question list
inline constexpr char kBankRole[] = "bank_role";                       ///< the bank's role filter
inline constexpr char kBankAdd[] = "bank_add";                         ///< the bank's Add to Kit button
inline constexpr char kBankSplitter[] = "bank_splitter";               ///< list above, details below
inline constexpr char kKitPane[] = "kit_pane";                         ///< KitTreePanel
inline constexpr char kKitOutline[] = "kit_outline";                   ///< the kit's outline (wxTreeCtrl)
inline constexpr char kEditorPane[] = "question_editor_pane";          ///< QuestionEditorPanel
inline constexpr char kQuestionText[] = "question_text";               ///< the question's text
inline constexpr char kQuestionProbes[] = "question_probes";           ///< probes, one per line
inline constexpr char kQuestionListenFor[] = "question_listen_for";    ///< listen-for, one per line
inline constexpr char kQuestionRedFlags[] = "question_red_flags";      ///< red flags, one per line
inline constexpr char kQuestionCompetencies[] = "question_competencies";  ///< "Competencies: …" line
inline constexpr char kQuestionApplyNote[] = "question_apply_note";    ///< "Changes apply as you leave a field…"
inline constexpr char kQuestionTabs[] = "question_tabs";               ///< the Question and Rubric tabs
inline constexpr char kRubricLevels[] = "rubric_levels";               ///< the rubric levels grid
inline constexpr char kChecksPane[] = "checks_pane";                   ///< ChecksPanel
inline constexpr char kChecksList[] = "checks_list";                   ///< the findings list
inline constexpr char kChecksSummary[] = "checks_summary";             ///< "1 error, 2 warnings, …"
inline constexpr char kChecksUseSuggestion[] = "checks_use_suggestion"; ///< Use the Suggested Wording
inline constexpr char kQuestionCompetency[] = "question_competency";   ///< a custom question's competency choice
inline constexpr char kQuestionScored[] = "question_scored";           ///< "Scored" check box (unticked: not scored)
inline constexpr char kStartPage[] = "start_page";                     ///< the start page (no kit chosen yet)

// --- the workspace strip and the plan workspace ---
inline constexpr char kWorkspaces[] = "workspaces";                    ///< WorkspaceStrip
inline constexpr char kWorkspaceTabs[] = "workspace_tabs";             ///< its tabs (wxNotebook)
inline constexpr char kBuildWorkspace[] = "build_workspace";           ///< the Build workspace (bank, kit, details)
inline constexpr char kPlanWorkspace[] = "plan_workspace";             ///< PlanPanel
inline constexpr char kPlanQuestions[] = "plan_questions";             ///< the plan's question pane
inline constexpr char kPlanQuestionTree[] = "plan_question_tree";      ///< its sections and questions (wxTreeListCtrl)
inline constexpr char kPlanInterviews[] = "plan_interviews";           ///< the list of interviews (InterviewList)
inline constexpr char kPlanAddInterview[] = "plan_add_interview";      ///< Add Interview button
inline constexpr char kPlanInterviewName[] = "plan_interview_name";    ///< the selected interview's name
inline constexpr char kPlanInterviewMinutes[] = "plan_interview_minutes";  ///< its length (wxSpinCtrl)
inline constexpr char kPlanTimeBar[] = "plan_time_bar";                ///< its time bar (TimeBar; label = the numbers)
inline constexpr char kPlanInterviewers[] = "plan_interviewers";       ///< its interviewer slots (wxGrid: name, role)
inline constexpr char kPlanCoverage[] = "plan_coverage";               ///< the coverage matrix (CoverageGrid)
inline constexpr char kPlanEmpty[] = "plan_empty";                     ///< the page shown while the kit has no plan

// The scores, debrief and compare workspaces (issue 18). Rating boxes and notes are named by prefix + item id.
inline constexpr char kScoresPane[] = "scores_pane";                   ///< ScoresPanel
inline constexpr char kScoresCandidate[] = "scores_candidate";         ///< "Candidate: …" line
inline constexpr char kScoresInterviewer[] = "scores_interviewer";     ///< the interviewer chooser (combo box)
inline constexpr char kScoresInterview[] = "scores_interview";         ///< the plan's interview chooser
inline constexpr char kScoresBanner[] = "scores_banner";               ///< the kit-mismatch / read-only banner
inline constexpr char kScoresOthers[] = "scores_others";               ///< other interviewers' ratings (after reveal)
inline constexpr char kScoresReveal[] = "scores_reveal";               ///< Reveal for Debrief button
inline constexpr char kScorecardForm[] = "scorecard_form";             ///< ScorecardForm
inline constexpr char kScoreRatingPrefix[] = "score_rating_";          ///< + question id: its rating box
inline constexpr char kScoreEvidencePrefix[] = "score_evidence_";      ///< + question id: its evidence note
inline constexpr char kScoreCompetencyPrefix[] = "score_competency_";  ///< + competency id: its rating box
inline constexpr char kScoreCompetencyNotePrefix[] = "score_competency_note_";  ///< + competency id: its note
inline constexpr char kScoreRecommendation[] = "score_recommendation"; ///< the overall recommendation box
inline constexpr char kScoreNotes[] = "score_notes";                   ///< notes
inline constexpr char kScoreTakeaways[] = "score_takeaways";           ///< key take-aways
inline constexpr char kScoreSubmit[] = "score_submit";                 ///< Submit Scorecard
inline constexpr char kDebriefPane[] = "debrief_pane";                 ///< DebriefPanel
inline constexpr char kDebriefGrid[] = "debrief_grid";                 ///< interviewer × competency grid
inline constexpr char kDebriefSummary[] = "debrief_summary";           ///< composite, tally, discussion order
inline constexpr char kCompareGrid[] = "compare_grid";                 ///< one row per candidate

// The question editor's Variants tab (issue 19): the pool of the question shown.
inline constexpr char kPoolEditor[] = "pool_editor";                   ///< PoolEditor (the Variants tab's page)
inline constexpr char kPoolStatus[] = "pool_status";                   ///< "Pool of 3: …" / "Every candidate is asked …"
inline constexpr char kPoolToggle[] = "pool_toggle";                   ///< Turn into Pool / Dissolve Pool button
inline constexpr char kPoolMembers[] = "pool_members";                 ///< the members (wxListBox), the question first
inline constexpr char kPoolAddChoice[] = "pool_add_choice";            ///< what Add Variant adds (bank variants, a new wording)
inline constexpr char kPoolAdd[] = "pool_add";                         ///< Add Variant button
inline constexpr char kPoolRemove[] = "pool_remove";                   ///< Remove button
inline constexpr char kPoolMakeFirst[] = "pool_make_first";            ///< Make First button
inline constexpr char kPoolMatch[] = "pool_match";                     ///< Match the Question button (a differing variant)
inline constexpr char kPoolSource[] = "pool_source";                   ///< where the selected member comes from
inline constexpr char kPoolVariantText[] = "pool_variant_text";        ///< the selected variant's wording
inline constexpr char kPoolVariantListenFor[] = "pool_variant_listen_for";  ///< its listen-for, one per line
inline constexpr char kPoolVariantProbes[] = "pool_variant_probes";    ///< its probes, one per line
inline constexpr char kPoolVariantRedFlags[] = "pool_variant_red_flags";  ///< its red flags, one per line

}  // namespace ikit::control_name
