package fr.resilience360.report.atlas;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** A map's SVG rasterised to PNG by Batik, at the SVG's own size ({@value ChoroplethSvg#WIDTH} pixels wide). */
final class MapPng {

    private MapPng() {}

    static byte[] of(String svg) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) ChoroplethSvg.WIDTH);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) ChoroplethSvg.HEIGHT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("Carte impossible à convertir en PNG", e);
        }
        return out.toByteArray();
    }
}
