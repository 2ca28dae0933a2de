// Sample content generator.
