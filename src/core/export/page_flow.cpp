#include "export/page_flow.h"

#include <cstddef>

namespace ikit {

namespace {

class Paginator {
public:
    Paginator(const std::vector<FlowRow>& rows, float page_height)
        : rows_(rows), page_height_(page_height), placements_(rows.size()) {}

    std::vector<RowPlacement> run() {
        std::size_t i = 0;
        while (i < rows_.size()) {
            const std::size_t end = run_end(i, Glue::Soft);
            place_run(i, end);
            i = end;
        }
        return std::move(placements_);
    }

private:
    // One past the last row glued to rows_[first] with glue at least `strength`.
    std::size_t run_end(std::size_t first, Glue strength) const {
        std::size_t end = first + 1;
        while (end < rows_.size() && glued(rows_[end - 1].glue, strength)) ++end;
        return end;
    }

    static bool glued(Glue glue, Glue strength) {
        return strength == Glue::Soft ? glue != Glue::None : glue == Glue::Hard;
    }

    // Height rows [first, end) need when placed from `used` (0 = top of a page).
    float height_from(std::size_t first, std::size_t end, float used) const {
        float y = used;
        for (std::size_t k = first; k < end; ++k) {
            if (y == 0) {
                if (k > 0) y += rows_[k].continued_height;
                y += rows_[k].height;
            } else {
                y += rows_[k].space_before + rows_[k].height;
            }
        }
        return y;
    }

    bool fits_here(std::size_t first, std::size_t end) const {
        return height_from(first, end, used_) <= page_height_ + kTolerance;
    }
    bool fits_fresh(std::size_t first, std::size_t end) const {
        return height_from(first, end, 0) <= page_height_ + kTolerance;
    }

    void new_page() {
        ++page_;
        used_ = 0;
    }

    void place(std::size_t k) {
        RowPlacement& p = placements_[k];
        p.page = page_;
        if (used_ == 0) {
            p.continued = k > 0 && rows_[k].continued_height > 0;
            if (p.continued) used_ += rows_[k].continued_height;
            p.top = used_;
            used_ += rows_[k].height;
        } else {
            p.top = used_ + rows_[k].space_before;
            used_ = p.top + rows_[k].height;
        }
        if (used_ == 0) used_ = kTolerance;  // a zero-height row still occupies the page
    }

    void place_all(std::size_t first, std::size_t end) {
        for (std::size_t k = first; k < end; ++k) place(k);
    }

    // Places [first, end) together when possible, otherwise splits it at soft glue, then anywhere.
    void place_run(std::size_t first, std::size_t end) {
        if (fits_here(first, end)) return place_all(first, end);
        if (used_ > 0 && fits_fresh(first, end)) {
            new_page();
            return place_all(first, end);
        }
        for (std::size_t group = first; group < end;) {
            const std::size_t group_end = run_end(group, Glue::Hard);
            if (fits_here(group, group_end)) {
                place_all(group, group_end);
            } else if (used_ > 0 && fits_fresh(group, group_end)) {
                new_page();
                place_all(group, group_end);
            } else {
                for (std::size_t k = group; k < group_end; ++k) {
                    if (used_ > 0 && !fits_here(k, k + 1)) new_page();
                    place(k);
                }
            }
            group = group_end;
        }
    }

    static constexpr float kTolerance = 0.01f;
    const std::vector<FlowRow>& rows_;
    float page_height_;
    std::vector<RowPlacement> placements_;
    int page_ = 0;
    float used_ = 0;
};

}  // namespace

std::vector<RowPlacement> paginate(const std::vector<FlowRow>& rows, float page_height) {
    return Paginator(rows, page_height).run();
}

int page_count(const std::vector<RowPlacement>& placements) {
    int pages = 0;
    for (const auto& p : placements)
        if (p.page + 1 > pages) pages = p.page + 1;
    return pages;
}

}  // namespace ikit
