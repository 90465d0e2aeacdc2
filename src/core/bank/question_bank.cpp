#include "bank/question_bank.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "model/variant_group.h"

#include "util/error.h"
#include "util/side_by_side.h"
#include "util/text.h"
#include "util/posix_compat.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ikit {

namespace {

// The search pre-check. Every question's searchable text is summarised by the pairs and triples of
// adjacent bytes it holds (spaces excluded), hashed to 2,048 bits. A question can only contain a search
// word when it has all of the word's pairs and triples, so one AND of a few words rules out most other
// questions without reading their text. The bits are stored by groups of 64 questions: for each group,
// 2,048 words whose bit i belongs to question 64 × group + i; a search reads only the words it needs.
constexpr std::size_t kPairBits = 2048;


// Bit of the byte pair a b, given as (a << 8 | b).
std::uint32_t pair_hash(std::uint32_t pair) { return (pair * 0x9E3779B1u) >> 21; }  // 0..2047

// Bit of the byte triple a b c, given as (a << 16 | b << 8 | c).
std::uint32_t triple_hash(std::uint32_t triple) { return (triple * 0x85EBCA77u) >> 21; }

// The searchable text of a question: id, text, probes, listen-for and tags, as they are (lower-cased later).
std::size_t searchable_size(const Question& q) {
    std::size_t n = q.id.size() + q.text.size() + 2;
    for (const auto& s : q.probes) n += s.size() + 1;
    for (const auto& s : q.listen_for) n += s.size() + 1;
    for (const auto& s : q.tags) n += s.size() + 1;
    return n + 1;
}

// True when `word` (not empty) occurs in `text`. With SSE2, looks at 16 positions at once: a position is
// checked in full only when both the word's first and last bytes are where they should be.
bool contains(std::string_view text, std::string_view word) {
    const std::size_t k = word.size();
    if (k > text.size()) return false;
    if (k == 1) return std::memchr(text.data(), word[0], text.size()) != nullptr;
#if defined(__SSE2__)
    const char* s = text.data();
    const std::size_t n = text.size();
    const __m128i first = _mm_set1_epi8(word[0]);
    const __m128i last = _mm_set1_epi8(word[k - 1]);
    std::size_t i = 0;
    for (; i + k - 1 + 16 <= n; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + k - 1));
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
        while (mask) {
            const unsigned bit = static_cast<unsigned>(__builtin_ctz(mask));
            if (std::memcmp(s + i + bit + 1, word.data() + 1, k - 2) == 0) return true;
            mask &= mask - 1;
        }
    }
    return i < n && memmem(s + i, n - i, word.data(), k) != nullptr;
#else
    return memmem(text.data(), text.size(), word.data(), k) != nullptr;
#endif
}

// Search words ready for matching: longest (most selective) first, with the pair bits they need.
struct SearchWords {
    std::vector<std::string> words;
    std::vector<std::uint32_t> pair_bits;  // distinct pair and triple bits every matching question has

    explicit SearchWords(const std::string& search) : words(split_words(ascii_lower(search))) {
        std::stable_sort(words.begin(), words.end(),
                         [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
        for (const auto& w : words) {
            const auto* b = reinterpret_cast<const unsigned char*>(w.data());
            for (std::size_t i = 1; i < w.size(); ++i) {
                pair_bits.push_back(pair_hash(std::uint32_t(b[i - 1]) << 8 | b[i]));
                if (i >= 2) pair_bits.push_back(triple_hash(std::uint32_t(b[i - 2]) << 16 | std::uint32_t(b[i - 1]) << 8 | b[i]));
            }
        }
        std::sort(pair_bits.begin(), pair_bits.end());
        pair_bits.erase(std::unique(pair_bits.begin(), pair_bits.end()), pair_bits.end());
    }

    // The questions of a group of 64 (bits of `group`, 1,024 words) that may hold every word.
    std::uint64_t possible(const std::uint64_t* group) const {
        std::uint64_t mask = ~std::uint64_t(0);
        for (const std::uint32_t bit : pair_bits) mask &= group[bit];
        return mask;
    }

    // True when the text holds every word.
    bool found_in(std::string_view text) const {
        for (const auto& w : words)
            if (!contains(text, w)) return false;
        return true;
    }
};

}  // namespace

namespace {
// A file may add members to a variant group another file started; they must be interchangeable with it.
void check_variant_groups_across_files(const std::vector<Question>& loaded, const BankContent& content) {
    std::unordered_set<std::string> groups;
    for (const auto& q : content.questions)
        if (!q.variant_group.empty()) groups.insert(q.variant_group);
    if (groups.empty()) return;
    std::vector<Question> members;  // the first loaded member of each group the file uses, then the file's
    for (const auto& q : loaded)
        if (!q.variant_group.empty() && groups.erase(q.variant_group)) members.push_back(q);
    if (members.empty()) return;
    const std::size_t first = members.size();
    members.insert(members.end(), content.questions.begin(), content.questions.end());
    if (const auto conflict = find_variant_group_conflict(members, first)) throw Error(content.file, 0, conflict->message);
}
}  // namespace

void QuestionBank::add(BankContent content) {
    // Validate everything first so a bad file leaves the bank as it was.
    std::vector<Role> new_roles;
    for (auto& r : content.roles)
        if (!role(r.id)) new_roles.push_back(r);
    std::vector<Competency> new_competencies;
    for (auto& c : content.competencies)
        if (!competency(c.id)) new_competencies.push_back(c);
    // What a question may name a role or competency by, lower-cased: the id or name of one already known
    // (as find_role and find_competency match them), or the id of one this file adds.
    std::unordered_set<std::string> role_keys, competency_keys;
    for (const auto& r : roles_) role_keys.insert({ascii_lower(r.id), ascii_lower(r.name)});
    for (const auto& r : new_roles) role_keys.insert(ascii_lower(r.id));
    for (const auto& c : competencies_) competency_keys.insert({ascii_lower(c.id), ascii_lower(c.name)});
    for (const auto& c : new_competencies) competency_keys.insert(ascii_lower(c.id));
    std::string lowered;  // reused, so looking up a long id allocates nothing
    const auto known = [&lowered](const std::unordered_set<std::string>& keys, const std::string& id) {
        lowered.assign(id);
        for (char& c : lowered)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        return keys.count(lowered) > 0;
    };
    const auto known_role = [&](const std::string& id) { return known(role_keys, id); };
    const auto known_competency = [&](const std::string& id) { return known(competency_keys, id); };
    for (const auto& q : content.questions) {
        if (!questions_.empty() && find(q.id))
            throw Error(content.file, 0, fill(tr("question id \"{1}\" is already used by another bank file"), {q.id}));
        for (const auto& r : q.role_ids)
            if (!known_role(r))
                throw Error(content.file, 0, fill(tr("question \"{1}\" names unknown role \"{2}\""), {q.id, r}));
        if (q.competency_ids.empty())
            throw Error(content.file, 0, fill(tr("question \"{1}\" has no competency"), {q.id}));
        for (const auto& c : q.competency_ids)
            if (!known_competency(c))
                throw Error(content.file, 0, fill(tr("question \"{1}\" names unknown competency \"{2}\""), {q.id, c}));
    }
    check_variant_groups_across_files(questions_, content);
    roles_.insert(roles_.end(), new_roles.begin(), new_roles.end());
    competencies_.insert(competencies_.end(), new_competencies.begin(), new_competencies.end());
    const std::size_t first = questions_.size();
    questions_.reserve(first + content.questions.size());
    facets_.reserve(content.questions.size());
    for (auto& q : content.questions) {
        facets_.add(q);
        questions_.push_back(std::move(q));
    }
    index_from(first);
    by_id_.reserve(questions_.size());
    for (std::size_t i = first; i < questions_.size(); ++i) by_id_.emplace(ascii_lower(questions_[i].id), i);
    files_.push_back(content.file);
}

namespace {

// From this many new questions on, the index is built on two threads, one per half.
constexpr std::size_t kIndexTwoThreadsFrom = 4096;

}  // namespace

void QuestionBank::index_from(std::size_t first) {
    const std::size_t end = questions_.size();
    // Where each new question's text goes in the haystack, which is grown once (and not zero-filled:
    // index_question writes every byte).
    std::size_t size = haystack_size_;
    record_end_.reserve(end);
    for (std::size_t i = first; i < end; ++i) {
        size += searchable_size(questions_[i]);
        record_end_.push_back(size);
    }
    std::unique_ptr<char[]> grown(new char[size]);
    if (haystack_size_) std::memcpy(grown.get(), haystack_.get(), haystack_size_);
    haystack_ = std::move(grown);
    haystack_size_ = size;
    pair_bits_.resize((end + 63) / 64 * kPairBits, 0);

    const auto index_range = [this](std::size_t from, std::size_t to) {
        for (std::size_t record = from; record < to; ++record) index_question(record);
    };
    // Two halves split at a multiple of 64, so no group of pair bits is written by both threads.
    const std::size_t middle = (first + (end - first) / 2 + 63) / 64 * 64;
    if (end - first < kIndexTwoThreadsFrom || middle >= end) {
        index_range(first, end);
        return;
    }
    run_side_by_side([&] { index_range(first, middle); }, [&] { index_range(middle, end); });
}

void QuestionBank::index_question(std::size_t record) {
    const Question& q = questions_[record];
    char* const text = haystack_.get() + (record == 0 ? 0 : record_end_[record - 1]);
    char* out = text;
    const auto append = [&](const std::string& s) {
        std::memcpy(out, s.data(), s.size());
        out += s.size();
        *out++ = ' ';
    };
    append(q.id);
    append(q.text);
    for (const auto& s : q.probes) append(s);
    for (const auto& s : q.listen_for) append(s);
    for (const auto& s : q.tags) append(s);
    const std::size_t length = static_cast<std::size_t>(out - text);
    // Lower-case ASCII and fold '\n' '\r' '\t' to spaces, so '\n' never occurs inside a record and a match
    // cannot span two questions (written without branches so the compiler can vectorise it).
    for (std::size_t i = 0; i < length; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const unsigned char lower = static_cast<unsigned char>(c - 'A') < 26 ? static_cast<unsigned char>(c + 32) : c;
        text[i] = static_cast<char>(c == '\n' || c == '\r' || c == '\t' ? ' ' : lower);
    }
    // Note the byte pairs and triples of every run of non-space bytes.
    std::uint64_t* group = pair_bits_.data() + record / 64 * kPairBits;
    const std::uint64_t mine = std::uint64_t(1) << (record % 64);
    std::uint32_t window = 0;  // the last three bytes of the current run of non-space bytes, newest lowest
    int run = 0;               // how many of them there are (at most 3)
    for (std::size_t i = 0; i < length; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c <= ' ' && is_ascii_space(static_cast<char>(c))) {
            run = 0;
            continue;
        }
        window = (window << 8 | c) & 0xFFFFFFu;
        run += run < 3;
        if (run >= 2) group[pair_hash(window & 0xFFFFu)] |= mine;
        if (run == 3) group[triple_hash(window)] |= mine;
    }
    *out = '\n';
}

const Question* QuestionBank::find(const std::string& id) const {
    auto it = by_id_.find(ascii_lower(id));
    return it == by_id_.end() ? nullptr : &questions_[it->second];
}

std::string QuestionBank::competency_name(const std::string& id) const {
    const Competency* c = competency(id);
    return c ? c->name : id;
}


namespace {

// From this many questions on, a search runs on two threads, one per half: past what fits in the
// processor's caches a search waits on memory, and two threads wait twice as much at a time.
constexpr std::size_t kTwoThreadsFrom = 32768;

// Runs scan(begin, end, hits) over [0, count), appending hits in order: in two halves on two threads
// when `count` is large (`align` keeps the halves on a multiple of it), else on this thread.
template <typename Scan>
std::vector<std::size_t> scan_in_halves(std::size_t count, std::size_t align, const Scan& scan) {
    std::vector<std::size_t> hits;
    const std::size_t middle = count / 2 / align * align;
    if (count < kTwoThreadsFrom || middle == 0) {
        scan(0, count, hits);
        return hits;
    }
    std::vector<std::size_t> second_hits;
    run_side_by_side([&] { scan(0, middle, hits); }, [&] { scan(middle, count, second_hits); });
    hits.insert(hits.end(), second_hits.begin(), second_hits.end());
    return hits;
}

}  // namespace

std::vector<std::size_t> QuestionBank::filter(const BankFilter& f) const {
    const SearchWords search(f.search);
    const auto facets = facets_.query(f.role_id, f.competency_ids, f.type);
    if (search.words.empty()) {
        std::vector<std::size_t> result;
        for (std::size_t i = 0; i < questions_.size(); ++i)
            if (facets_.passes(i, facets)) result.push_back(i);
        return result;
    }
    const std::size_t count = record_end_.size();
    return scan_in_halves(count, 64, [&](std::size_t begin, std::size_t end, std::vector<std::size_t>& hits) {
        for (std::size_t first = begin; first < end; first += 64) {
            std::uint64_t mask = search.possible(pair_bits_.data() + first / 64 * kPairBits);
            if (end - first < 64) mask &= (std::uint64_t(1) << (end - first)) - 1;
            while (mask) {
                const std::size_t record = first + static_cast<std::size_t>(__builtin_ctzll(mask));
                mask &= mask - 1;
                if (mask) prefetch_text(first + static_cast<std::size_t>(__builtin_ctzll(mask)));
                if (search.found_in(record_text(record)) && facets_.passes(record, facets)) hits.push_back(record);
            }
        }
    });
}

std::vector<std::size_t> QuestionBank::filter_within(const BankFilter& f, const std::vector<std::size_t>& candidates) const {
    const SearchWords search(f.search);
    const auto facets = facets_.query(f.role_id, f.competency_ids, f.type);
    return scan_in_halves(candidates.size(), 1, [&](std::size_t begin, std::size_t end, std::vector<std::size_t>& hits) {
        hits.reserve(end - begin);
        std::size_t group = static_cast<std::size_t>(-1);
        std::uint64_t mask = 0;
        for (std::size_t c = begin; c < end; ++c) {
            const std::size_t record = candidates[c];
            if (record >= questions_.size()) continue;
            if (c + 1 < end && candidates[c + 1] < questions_.size()) prefetch_text(candidates[c + 1]);
            if (record / 64 != group) {
                group = record / 64;
                mask = search.possible(pair_bits_.data() + group * kPairBits);
            }
            if (!(mask >> (record % 64) & 1)) continue;
            if (search.found_in(record_text(record)) && facets_.passes(record, facets)) hits.push_back(record);
        }
    });
}

void QuestionBank::prefetch_text(std::size_t record) const {
    // A search reads each text only up to its first match, so the hardware prefetcher does not see the
    // next text coming: ask for its first three cache lines while this one is being read.
    const char* text = record_text(record).data();
    __builtin_prefetch(text);
    __builtin_prefetch(text + 64);
    __builtin_prefetch(text + 128);
}

std::string_view QuestionBank::record_text(std::size_t record) const {
    const std::size_t start = record == 0 ? 0 : record_end_[record - 1];
    return std::string_view(haystack_.get() + start, record_end_[record] - start);
}

}  // namespace ikit
