#!/usr/bin/env python3
"""Validate BPMN files against the OMG BPMN 2.0 schema (BPMN20.xsd with Semantic, BPMNDI, DC, DI).

Usage: bpmn/.venv/bin/python bpmn/validate_xsd.py FILE.bpmn... (the virtual environment
bpmn/setup.sh makes holds xmlschema); prints every error and a summary, exits 1 on any error.
The XSDs are OMG's, copied into bpmn/xsd/ from bpmn-moddle's resources.
"""

import os
import sys

try:
    import xmlschema
except ImportError:
    sys.stderr.write("the python module xmlschema is missing: run `bash bpmn/setup.sh`\n")
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))


def main(paths):
    if not paths:
        sys.stderr.write("usage: validate_xsd.py FILE.bpmn...\n")
        return 2
    schema = xmlschema.XMLSchema(os.path.join(HERE, "xsd", "BPMN20.xsd"))
    errors = 0
    for path in paths:
        for error in schema.iter_errors(path):
            errors += 1
            reason = error.reason or str(error)
            print(f"{path}: {error.path}: {reason}")
    print(f"xsd: {len(paths)} files, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
