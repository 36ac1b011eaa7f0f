// 投篮：点击把球投向右边的篮筐，球穿过篮筐（传感器）得分
var score = 0;
var label;
function create() {
  var scene = this;
  this.matter.world.setBounds(0, 0, 600, 400);
  label = this.add.text(10, 10, 'score: 0', { fontSize: '18px', color: '#fff' });
  var ring = this.add.rectangle(500, 160, 60, 10, 0xff7043, 0.6);
  this.matter.add.gameObject(ring, { isStatic: true, label: 'ring' });
  ring.isSensor = true;
  this.matter.world.on('collisionstart', function (event) {
    event.pairs.forEach(function (p) {
      if ([p.bodyA.label, p.bodyB.label].indexOf('ring') >= 0) { score += 1; label.setText('score: ' + score); }
    });
  });
  this.input.on('pointerdown', function () {
    var ball = scene.matter.add.circle(80, 300, 12, { restitution: 0.6, label: 'ball' });
    scene.matter.body.setVelocity(ball, { x: 9.5, y: -13 });
  });
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#37474f',
  physics: { default: 'matter', matter: { gravity: { y: 1 }, debug: true } }, scene: { create: create } });
