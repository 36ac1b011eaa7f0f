// A puck bounces around the rink; count how many times it hits the boards
class Rink extends Phaser.Scene {
  create() {
    this.hits = 0;
    this.label = this.add.text(16, 16, 'Hits: 0', { fontSize: '20px', color: '#ffffff' });
    const puck = this.add.circle(400, 300, 14, 0x111111);
    this.physics.add.existing(puck);
    puck.body.setCollideWorldBounds(true);
    puck.body.onWorldBounds = true;
    puck.body.setBounce(1);
    puck.body.setVelocity(260, 180);
    this.physics.world.on('worldbounds', (body, up, down, left, right) => {
      if (left || right) body.setVelocityX(-body.velocity.x);
      if (up || down) body.setVelocityY(-body.velocity.y);
      this.hits += 1;
      this.label.setText('Hits: ' + this.hits);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#ddeeff', physics: { default: 'arcade' }, scene: Rink });
