#pragma once
/// \file rubric_xml.h
/// The <rubric> element, shared by rubric files and the rubric copies embedded in kits.

#include "model/rubric.h"
#include "serialize/xml_input.h"
#include "serialize/xml_writer.h"

namespace ikit {

/// Reads a <rubric> element (attributes id, name, competency; <description>; 4–5 <level>).
Rubric read_rubric_element(const XmlReadContext& context, const tinyxml2::XMLElement& element);

/// Writes a <rubric> element; `extra` attributes (e.g. format) come first.
void write_rubric_element(XmlWriter& writer, const Rubric& rubric, const XmlAttributes& extra = {});

}  // namespace ikit
