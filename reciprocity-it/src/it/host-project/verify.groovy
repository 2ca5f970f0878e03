// Runs after the host project's build succeeded: its tests must have run, all of them, with the
// jqwik engine that reciprocity-testkit brought (the host's pom does not name jqwik).
def expected = ['com.example.reviews.HostTest': 3, 'com.example.reviews.HostProperties': 3,
                // the testkit's contract suites on the host's strategy and check, and the suite
                // failing for a strategy whose merge drops the second accumulator
                'com.example.reviews.ReviewForReviewContractProperties': 5,
                'com.example.reviews.HeroCheckContractProperties': 3,
                'com.example.reviews.BrokenMergeContractTest': 2,
                'com.example.reviews.InCodeProviderTest': 1]
expected.each { name, count ->
  def report = new File(basedir, "target/surefire-reports/TEST-${name}.xml")
  assert report.isFile() : "no test report for ${name}: its tests did not run"
  def suite = (report.text =~ /<testsuite [^>]*>/)[0]
  def attr = { key -> ((suite =~ /\b${key}="(\d+)"/)[0][1]) as int }
  assert attr('tests') == count : "${name} ran ${attr('tests')} tests, expected ${count}"
  assert attr('failures') == 0 && attr('errors') == 0 && attr('skipped') == 0 : suite
}
assert !new File(basedir, 'pom.xml').text.contains('<groupId>net.jqwik</groupId>')
return true
