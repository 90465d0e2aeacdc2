#!/usr/bin/env bash
# Renders the PNG sizes of the application and document icons from their SVG masters in
# hicolor/scalable/, into the hicolor/<size>x<size>/ layout that install.cmake installs as is,
# and the Windows .ico. Run after editing an SVG and commit the results.
# Needs rsvg-convert (package librsvg2-bin); optional: ImageMagick's convert for the Windows
# .ico files, png2icns (package icnsutils) for the macOS .icns files.
set -euo pipefail
cd "$(dirname "$0")"

sizes=(16 32 48 64 128 256)
for kind in apps mimetypes; do
  for svg in hicolor/scalable/"$kind"/*.svg; do
    name=$(basename "$svg" .svg)
    for size in "${sizes[@]}"; do
      mkdir -p "hicolor/${size}x${size}/$kind"
      rsvg-convert --width "$size" --height "$size" --format png \
        --output "hicolor/${size}x${size}/$kind/$name.png" "$svg"
    done
  done
done

if command -v convert >/dev/null; then
  app=org.interviewkitbuilder.InterviewKitBuilder
  # -strip and no date chunks keep the .ico byte-stable between runs.
  convert hicolor/{16x16,32x32,48x48,256x256}/apps/$app.png -strip ../windows/interview-kit-builder.ico
  convert hicolor/{16x16,32x32,48x48,256x256}/mimetypes/application-x-interview-kit.png -strip \
    ../windows/interview-kit.ico
fi
if command -v png2icns >/dev/null; then
  png2icns ../macos/interview-kit-builder.icns \
    hicolor/{16x16,32x32,48x48,128x128,256x256}/apps/org.interviewkitbuilder.InterviewKitBuilder.png >/dev/null
  png2icns ../macos/interview-kit.icns \
    hicolor/{16x16,32x32,48x48,128x128,256x256}/mimetypes/application-x-interview-kit.png >/dev/null
fi
echo "icons rendered"
