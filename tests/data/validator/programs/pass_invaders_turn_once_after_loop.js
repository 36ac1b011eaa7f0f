// A formation of invaders marches sideways and turns and steps down at the edges
class Invaders extends Phaser.Scene {
  create() {
    this.dir = 1;
    this.aliens = [];
    for (let r = 0; r < 2; r++) for (let c = 0; c < 8; c++) this.aliens.push(this.add.rectangle(100 + c * 60, 80 + r * 50, 36, 24, 0x66ff66));
    this.time.addEvent({ delay: 300, loop: true, callback: () => this.march() });
  }
  march() {
    let edge = false;
    for (const alien of this.aliens) {
      alien.x += 12 * this.dir;
      if (alien.x > 770 || alien.x < 30) edge = true;
    }
    if (edge) { this.dir *= -1; this.aliens.forEach((alien) => { alien.y += 20; }); }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Invaders });
