// Arrow keys walk; hold SHIFT with an arrow to run. Show the hero's state.
class Hero extends Phaser.Scene {
  create() {
    this.hero = this.add.rectangle(400, 300, 30, 40, 0x3399ff);
    this.keys = this.input.keyboard.createCursorKeys();
    this.state = this.add.text(20, 20, 'idle', { fontSize: '22px', color: '#ffffff' });
  }
  update() {
    const moving = this.keys.left.isDown || this.keys.right.isDown;
    const running = this.keys.shift.isDown;
    let speed = 0;
    if (!moving) { this.state.setText('idle'); }
    else if (moving) { speed = 2; this.state.setText('walk'); }
    else if (moving && running) { speed = 5; this.state.setText('run'); }
    this.hero.x += this.keys.left.isDown ? -speed : speed;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Hero });
